package dev.arrears.notification.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTest {

    private final QuietHours nineToEight = new QuietHours(LocalTime.of(9, 0), LocalTime.of(20, 0));

    @ParameterizedTest(name = "{1} at {0} -> {2}")
    @CsvSource({
            // Inside the window: at once. 09:00 CET is 08:00 UTC in November.
            "2026-11-14T08:00:00Z, Europe/Berlin,       2026-11-14T08:00:00Z",
            "2026-11-14T18:59:59Z, Europe/Berlin,       2026-11-14T18:59:59Z",
            // One second before the window opens: the same morning.
            "2026-11-14T07:59:59Z, Europe/Berlin,       2026-11-14T08:00:00Z",
            // The window closes at 20:00 (exclusive): the next morning.
            "2026-11-14T19:00:00Z, Europe/Berlin,       2026-11-15T08:00:00Z",
            // 22:00 on the eve of the spring change (CET): opens at 09:00 CEST, i.e. 07:00 UTC.
            "2026-03-28T21:00:00Z, Europe/Berlin,       2026-03-29T07:00:00Z",
            // 21:00 on the eve of the autumn change (CEST): opens at 09:00 CET, i.e. 08:00 UTC.
            "2026-10-24T19:00:00Z, Europe/Berlin,       2026-10-25T08:00:00Z",
            // New York switches on another date (8 March 2026): 23:00 EST -> 09:00 EDT.
            "2026-03-08T04:00:00Z, America/New_York,    2026-03-08T13:00:00Z",
            // Southern hemisphere: Sydney leaves DST on 5 April 2026. 21:00 AEDT -> 09:00 AEST.
            "2026-04-04T10:00:00Z, Australia/Sydney,    2026-04-04T23:00:00Z",
            // Half-hour offset: 08:00 in Kolkata is 02:30 UTC.
            "2026-11-14T02:30:00Z, Asia/Kolkata,        2026-11-14T03:30:00Z",
            // Lord Howe moves by half an hour for DST (from 5 April 2026, UTC+10:30): 06:00 local -> 09:00 local.
            "2026-04-05T19:30:00Z, Australia/Lord_Howe, 2026-04-05T22:30:00Z"})
    void textsWaitForTheCustomersLocalWindow(Instant at, ZoneId zone, Instant expected) {
        assertThat(nineToEight.nextAllowed(at, zone)).isEqualTo(expected);
        assertThat(nineToEight.allows(expected, zone)).isTrue();
    }

    @Test
    void anOpeningInTheSpringGapOpensWhenTheClocksJump() {
        QuietHours early = new QuietHours(LocalTime.of(2, 30), LocalTime.of(20, 0));

        // 29 March 2026 in Berlin has no 02:30: clocks go from 02:00 CET to 03:00 CEST, so the window opens at 03:30 CEST.
        assertThat(early.nextAllowed(Instant.parse("2026-03-29T00:00:00Z"), ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aWindowMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(20, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20:00");
    }
}
