package dev.arrears.dunning.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2025, 2025-04-20",
            "2024, 2024-03-31",
            "2019, 2019-04-21",
            "2011, 2011-04-24",
            "2008, 2008-03-23",
            "2000, 2000-04-23",
            "1943, 1943-04-25", // latest possible date
            "2285, 2285-03-22", // earliest possible date
            "2038, 2038-04-25",
    })
    void computesWesternEasterSunday(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }
}
