package dev.arrears.notification.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @ParameterizedTest(name = "after {0} failure(s), random {1}: {2}")
    @CsvSource({
            "1, 0.0,   PT15S",
            "1, 0.999, PT29.985S",
            "2, 0.0,   PT30S",
            "3, 0.5,   PT1M30S",
            "6, 0.0,   PT8M",
            // 30 s x 2^7 = 64 min, capped at 30 min.
            "8, 0.0,   PT15M",
            "40, 0.999, PT29M59.1S"})
    void doublesWithEqualJitterUpToTheCap(int failures, double random, Duration expected) {
        assertThat(backoff.delay(failures, null, () -> random)).isEqualTo(expected);
    }

    @Test
    void neverComesBackBeforeTheProvidersRetryAfter() {
        assertThat(backoff.delay(1, Duration.ofMinutes(2), () -> 0.5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delay(1, Duration.ofSeconds(1), () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
    }
}
