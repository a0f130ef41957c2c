package dev.arrears.dunning.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendWindowTest {

    /** A calendar on which every day is a business day, so that DST Sundays can be tested on their own. */
    static final String ALL_DAYS = "ALL_DAYS";

    static BusinessCalendar calendar(String country) {
        return country.equals(ALL_DAYS) ? BusinessCalendar.custom(Set.of(), Set.of()) : BusinessCalendar.forCountry(country);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2}-{3}: {4} -> {5}")
    @CsvSource({
            // zone,           calendar, start, end,   earliest,             expected
            // Berlin, ordinary days (CET = UTC+1, CEST = UTC+2)
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-03-26T07:59:00Z, 2026-03-26T08:00:00Z", // before opening
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-03-26T10:00:00Z, 2026-03-26T10:00:00Z", // inside
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-03-26T15:59:59Z, 2026-03-26T15:59:59Z", // last second
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-03-26T16:00:00Z, 2026-03-27T08:00:00Z", // end is exclusive
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-12-30T23:30:00Z, 2026-12-31T08:00:00Z", // UTC says 30th, Berlin 31st
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-12-31T16:00:00Z, 2027-01-04T08:00:00Z", // year end
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-04-02T16:00:00Z, 2026-04-07T07:00:00Z", // over Easter
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-05-13T15:00:00Z, 2026-05-15T07:00:00Z", // over Ascension
            // Berlin over the DST weekends: the offset differs between Friday and Monday
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-03-27T16:30:00Z, 2026-03-30T07:00:00Z",
            "Europe/Berlin,    DE,       09:00, 17:00, 2026-10-23T15:30:00Z, 2026-10-26T08:00:00Z",
            // Berlin on the DST Sundays themselves
            "Europe/Berlin,    ALL_DAYS, 09:00, 17:00, 2026-03-29T00:00:00Z, 2026-03-29T07:00:00Z", // 09:00 CEST
            "Europe/Berlin,    ALL_DAYS, 09:00, 17:00, 2026-10-25T00:00:00Z, 2026-10-25T08:00:00Z", // 09:00 CET
            // a start of 02:30 does not exist on 29 March: the window opens at 03:00 CEST, when the gap ends
            "Europe/Berlin,    ALL_DAYS, 02:30, 17:00, 2026-03-29T00:00:00Z, 2026-03-29T01:00:00Z",
            "Europe/Berlin,    ALL_DAYS, 02:30, 17:00, 2026-03-28T16:00:00Z, 2026-03-29T01:00:00Z",
            "Europe/Berlin,    ALL_DAYS, 02:00, 17:00, 2026-03-29T00:30:00Z, 2026-03-29T01:00:00Z",
            // 02:00-03:00 happens twice on 25 October: first as CEST, then as CET
            "Europe/Berlin,    ALL_DAYS, 02:30, 17:00, 2026-10-25T00:00:00Z, 2026-10-25T00:30:00Z", // 02:30 CEST
            "Europe/Berlin,    ALL_DAYS, 02:30, 17:00, 2026-10-25T00:45:00Z, 2026-10-25T00:45:00Z", // 02:45 CEST
            "Europe/Berlin,    ALL_DAYS, 02:30, 17:00, 2026-10-25T01:00:00Z, 2026-10-25T01:30:00Z", // 02:00 CET -> 02:30 CET
            "Europe/Berlin,    ALL_DAYS, 02:30, 17:00, 2026-10-25T01:45:00Z, 2026-10-25T01:45:00Z", // 02:45 CET
            // New York (EST = UTC-5, EDT = UTC-4)
            "America/New_York, US,       09:00, 17:00, 2026-03-06T22:30:00Z, 2026-03-09T13:00:00Z", // Fri EST -> Mon EDT
            "America/New_York, US,       09:00, 17:00, 2026-10-30T21:30:00Z, 2026-11-02T14:00:00Z", // Fri EDT -> Mon EST
            "America/New_York, US,       09:00, 17:00, 2026-07-02T21:00:00Z, 2026-07-06T13:00:00Z", // observed 4 July
            "America/New_York, US,       09:00, 17:00, 2026-11-26T03:00:00Z, 2026-11-27T14:00:00Z", // Thanksgiving
            "America/New_York, ALL_DAYS, 02:30, 17:00, 2026-03-08T05:00:00Z, 2026-03-08T07:00:00Z", // gap: 03:00 EDT
            "America/New_York, ALL_DAYS, 02:30, 17:00, 2026-11-01T05:00:00Z, 2026-11-01T07:30:00Z", // 02:30 EDT never comes
            "America/New_York, ALL_DAYS, 01:30, 17:00, 2026-11-01T05:00:00Z, 2026-11-01T05:30:00Z", // 01:30 EDT
            "America/New_York, ALL_DAYS, 01:30, 17:00, 2026-11-01T06:00:00Z, 2026-11-01T06:30:00Z", // 01:30 EST
            // Auckland (NZDT = UTC+13 until 5 April 2026, then NZST = UTC+12); NZ has no holiday table
            "Pacific/Auckland, NZ,       09:00, 17:00, 2026-01-01T20:00:00Z, 2026-01-01T20:00:00Z", // Fri 09:00 local
            "Pacific/Auckland, NZ,       09:00, 17:00, 2026-01-02T04:00:00Z, 2026-01-04T20:00:00Z", // Mon 09:00 local, Sun UTC
            "Pacific/Auckland, NZ,       09:00, 17:00, 2026-01-04T12:00:00Z, 2026-01-04T20:00:00Z", // Sun UTC, Mon 01:00 local
            "Pacific/Auckland, NZ,       09:00, 17:00, 2026-04-03T04:00:00Z, 2026-04-05T21:00:00Z", // DST ends on the weekend
            // Kolkata (IST = UTC+5:30)
            "Asia/Kolkata,     IN,       09:00, 17:00, 2026-01-05T03:29:00Z, 2026-01-05T03:30:00Z",
            "Asia/Kolkata,     IN,       09:00, 17:00, 2026-01-05T11:29:59Z, 2026-01-05T11:29:59Z",
            "Asia/Kolkata,     IN,       09:00, 17:00, 2026-01-05T11:30:00Z, 2026-01-06T03:30:00Z",
            "Asia/Kolkata,     IN,       09:00, 17:00, 2026-01-02T11:30:00Z, 2026-01-05T03:30:00Z", // Fri evening
            "Asia/Kolkata,     IN,       09:00, 17:00, 2026-01-04T20:00:00Z, 2026-01-05T03:30:00Z", // Sun UTC, Mon 01:30
            // Riyadh, Friday/Saturday weekend (UTC+3)
            "Asia/Riyadh,      SA,       09:00, 17:00, 2026-01-01T14:00:00Z, 2026-01-04T06:00:00Z", // Thu 17:00 -> Sun
    })
    void findsTheFirstAllowedInstant(ZoneId zone, String country, LocalTime start, LocalTime end,
                                     Instant earliest, Instant expected) {
        SendWindow window = SendWindow.of(start, end);
        BusinessCalendar calendar = calendar(country);

        Instant allowed = window.nextAllowed(earliest, zone, calendar);

        assertThat(allowed).isEqualTo(expected);
        assertThat(window.contains(allowed, zone, calendar)).isTrue();
    }

    /**
     * Compares every minute around a DST change with a brute-force search by wall clock; all window edges are whole
     * minutes, so a minute grid finds the exact answer. This shows nothing is skipped and nothing lies before earliest.
     */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3}-{4}")
    @CsvSource({
            "Europe/Berlin,    2026-03-29, ALL_DAYS, 02:30, 17:00",
            "Europe/Berlin,    2026-03-29, ALL_DAYS, 00:00, 02:30",
            "Europe/Berlin,    2026-10-25, ALL_DAYS, 02:30, 17:00",
            "Europe/Berlin,    2026-10-25, ALL_DAYS, 00:00, 02:30",
            "Europe/Berlin,    2026-10-25, ALL_DAYS, 02:15, 02:45",
            "Europe/Berlin,    2026-03-29, DE,       09:00, 17:00",
            "Europe/Berlin,    2026-10-25, DE,       09:00, 17:00",
            "America/New_York, 2026-03-08, ALL_DAYS, 02:30, 17:00",
            "America/New_York, 2026-11-01, ALL_DAYS, 01:15, 01:45",
            "America/New_York, 2026-11-01, US,       09:00, 17:00",
            "Pacific/Auckland, 2026-04-05, ALL_DAYS, 02:30, 03:30",
            "Pacific/Auckland, 2026-09-27, ALL_DAYS, 02:30, 17:00",
            "Asia/Kolkata,     2026-01-05, IN,       09:00, 17:00",
    })
    void agreesWithAMinuteByMinuteSearchAroundDstChanges(ZoneId zone, LocalDate day, String country,
                                                         LocalTime start, LocalTime end) {
        SendWindow window = SendWindow.of(start, end);
        BusinessCalendar calendar = calendar(country);
        Instant from = day.minusDays(1).atStartOfDay(zone).toInstant();
        int minutes = (int) Duration.ofDays(6).toMinutes();

        Instant[] bruteForce = new Instant[minutes];
        Instant next = null;
        for (int minute = minutes - 1; minute >= 0; minute--) {
            Instant instant = from.plus(minute, ChronoUnit.MINUTES);
            ZonedDateTime local = instant.atZone(zone);
            boolean inside = calendar.isBusinessDay(local.toLocalDate())
                    && !local.toLocalTime().isBefore(start) && local.toLocalTime().isBefore(end);
            next = inside ? instant : next;
            bruteForce[minute] = next;
        }

        // The last days only serve as look-ahead for the brute force.
        for (int minute = 0; minute < Duration.ofDays(2).toMinutes(); minute++) {
            Instant earliest = from.plus(minute, ChronoUnit.MINUTES);
            assertThat(window.nextAllowed(earliest, zone, calendar)).as("from %s", earliest).isEqualTo(bruteForce[minute]);
        }
    }

    @Test
    void stepsThroughTheRepeatedHourWithoutReturningAnInstantTwice() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar everyDay = calendar(ALL_DAYS);
        // 01:00-04:00 local on 25 October contains 02:00-03:00 twice, so it lasts four real hours.
        SendWindow window = SendWindow.of(LocalTime.of(1, 0), LocalTime.of(4, 0));
        Instant windowClosed = Instant.parse("2026-10-25T03:00:00Z");

        List<Instant> slots = new ArrayList<>();
        Instant slot = window.nextAllowed(Instant.parse("2026-10-24T22:00:00Z"), berlin, everyDay);
        // Bounded so that an implementation that steps backwards fails here instead of looping.
        for (int step = 0; step < 100 && slot.isBefore(windowClosed); step++) {
            slots.add(slot);
            slot = window.nextAllowed(slot.plus(Duration.ofMinutes(15)), berlin, everyDay);
        }

        assertThat(slots).hasSize(16).doesNotHaveDuplicates().isSorted();
        assertThat(slots.get(0)).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(slots.get(15)).isEqualTo(Instant.parse("2026-10-25T02:45:00Z"));
        assertThat(slot).as("next day's opening").isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }

    @Test
    void defaultIsNineToFive() {
        assertThat(SendWindow.DEFAULT).isEqualTo(SendWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    @Test
    void allowsAWindowUntilMidnight() {
        SendWindow window = SendWindow.of(LocalTime.of(20, 0), LocalTime.MAX);
        ZoneId utc = ZoneId.of("UTC");

        assertThat(window.nextAllowed(Instant.parse("2026-01-05T23:59:59Z"), utc, BusinessCalendar.forCountry("DE")))
                .isEqualTo(Instant.parse("2026-01-05T23:59:59Z"));
    }

    @ParameterizedTest(name = "{0}-{1} is rejected")
    @CsvSource({"22:00, 06:00", "17:00, 09:00", "09:00, 09:00", "00:00, 00:00"})
    void rejectsWindowsThatAreEmptyOrCrossMidnight(LocalTime start, LocalTime end) {
        assertThatThrownBy(() -> SendWindow.of(start, end))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start before it ends")
                .hasMessageContaining("cross midnight");
    }
}
