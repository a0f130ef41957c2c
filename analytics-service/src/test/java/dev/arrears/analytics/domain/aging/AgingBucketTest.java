package dev.arrears.analytics.domain.aging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgingBucketTest {

    @ParameterizedTest
    @CsvSource({"-30, CURRENT", "0, CURRENT", "1, DAYS_1_30", "30, DAYS_1_30", "31, DAYS_31_60", "60, DAYS_31_60",
            "61, DAYS_61_90", "90, DAYS_61_90", "91, DAYS_91_120", "120, DAYS_91_120", "121, OVER_120", "4000, OVER_120"})
    void bucketsByDaysPastDue(long daysPastDue, AgingBucket bucket) {
        assertThat(AgingBucket.of(daysPastDue)).isEqualTo(bucket);
    }
}
