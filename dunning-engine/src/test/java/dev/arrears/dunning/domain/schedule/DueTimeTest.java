package dev.arrears.dunning.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueTimeTest {

    static final ContactCap THREE_PER_WEEK = ContactCap.of(3, Duration.ofDays(7));

    @ParameterizedTest(name = "[{index}] {0} in {1} ({2}), contacts [{3}] -> {4}")
    @CsvSource(delimiter = '|', value = {
            // step date | zone             | country | previous contacts (space separated)                           | expected
            // no cap pressure: start of the window on the step date or the next business day
            "2026-06-04 | Europe/Berlin    | DE | | 2026-06-04T07:00:00Z", // Thursday 09:00 CEST
            "2026-01-03 | Europe/Berlin    | DE | | 2026-01-05T08:00:00Z", // Saturday -> Monday 09:00 CET
            "2026-04-03 | Europe/Berlin    | DE | | 2026-04-07T07:00:00Z", // Good Friday -> Tuesday
            "2026-12-31 | Europe/Berlin    | DE | | 2026-12-31T08:00:00Z", // year end is a business day
            "2027-01-01 | Europe/Berlin    | DE | | 2027-01-04T08:00:00Z",
            "2026-03-29 | Europe/Berlin    | DE | | 2026-03-30T07:00:00Z", // spring-forward Sunday -> Monday CEST
            "2026-10-25 | Europe/Berlin    | DE | | 2026-10-26T08:00:00Z", // fall-back Sunday -> Monday CET
            "2026-12-25 | Europe/London    | GB | | 2026-12-29T09:00:00Z", // Christmas, weekend, substitute Boxing Day
            "2026-07-03 | America/New_York | US | | 2026-07-06T13:00:00Z", // observed Independence Day
            "2026-11-26 | America/New_York | US | | 2026-11-27T14:00:00Z", // Thanksgiving
            "2026-03-08 | America/New_York | US | | 2026-03-09T13:00:00Z", // spring-forward Sunday -> Monday EDT
            "2026-07-01 | Pacific/Auckland | NZ | | 2026-06-30T21:00:00Z", // due on the UTC day before
            "2026-08-14 | Asia/Kolkata     | IN | | 2026-08-14T03:30:00Z",
            // 3 per 7 days: the 4th contact waits until the 1st drops out, which is inside Monday's window
            "2026-06-04 | Europe/Berlin | DE | 2026-06-01T12:00:00Z 2026-06-02T12:00:00Z 2026-06-03T12:00:00Z"
                    + " | 2026-06-08T12:00:00Z",
            // the drop-out falls after the window closes (17:30 CEST), so the step moves to the next morning
            "2026-06-04 | Europe/Berlin | DE | 2026-06-01T15:30:00Z 2026-06-02T15:30:00Z 2026-06-03T15:30:00Z"
                    + " | 2026-06-09T07:00:00Z",
            // the drop-out falls on Saturday, so the step moves to Monday's opening
            "2026-06-10 | Europe/Berlin | DE | 2026-06-06T10:00:00Z 2026-06-08T10:00:00Z 2026-06-09T10:00:00Z"
                    + " | 2026-06-15T07:00:00Z",
            // the drop-out falls on Whit Monday 2026-05-25, a holiday: Tuesday opening
            "2026-05-21 | Europe/Berlin | DE | 2026-05-18T08:00:00Z 2026-05-19T08:00:00Z 2026-05-20T08:00:00Z"
                    + " | 2026-05-26T07:00:00Z",
            // the drop-out in New York is Friday 17:30 EST, so the step lands on Monday 09:00 EDT
            "2026-03-06 | America/New_York | US | 2026-02-27T22:30:00Z 2026-03-02T15:00:00Z 2026-03-04T15:00:00Z"
                    + " | 2026-03-09T13:00:00Z",
    })
    void schedulesTheStep(LocalDate stepDate, ZoneId zone, String country, String previous, Instant expected) {
        Instant due = DueTime.schedule(stepDate, zone, BusinessCalendar.forCountry(country), SendWindow.DEFAULT,
                THREE_PER_WEEK, contacts(previous));

        assertThat(due).isEqualTo(expected);
    }

    @Test
    void repeatsUntilCapAndWindowAgree() {
        // 2 per day, with two contacts already scheduled on Monday morning: pushed out of Friday by the cap, out of
        // Saturday by the weekend, then out of Monday 09:00 by the cap again.
        ContactCap twoPerDay = ContactCap.of(2, Duration.ofDays(1));
        List<Instant> contacts = contacts("2026-06-05T08:00:00Z 2026-06-05T09:00:00Z"
                + " 2026-06-08T07:00:00Z 2026-06-08T08:00:00Z");

        Instant due = DueTime.schedule(LocalDate.of(2026, 6, 5), ZoneId.of("Europe/Berlin"),
                BusinessCalendar.forCountry("DE"), SendWindow.DEFAULT, twoPerDay, contacts);

        assertThat(due).isEqualTo(Instant.parse("2026-06-09T07:00:00Z"));
    }

    @Test
    void settlesWithinTheBoundEvenWithADenseSchedule() {
        // One contact per day allowed and one scheduled every day at 12:00 UTC for 60 days: the step has to move past
        // each of them in turn, which is exactly as many moves as the bound allows.
        ContactCap onePerDay = ContactCap.of(1, Duration.ofDays(1));
        List<Instant> daily = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            daily.add(Instant.parse("2026-06-01T12:00:00Z").plus(Duration.ofDays(day)));
        }
        SendWindow allDay = SendWindow.of(LocalTime.MIN, LocalTime.MAX);

        Instant due = DueTime.schedule(LocalDate.of(2026, 6, 1), ZoneId.of("UTC"),
                BusinessCalendar.custom(Set.of(), Set.of()), allDay, onePerDay, daily);

        assertThat(due).isEqualTo(Instant.parse("2026-07-31T12:00:00Z"));
    }

    @ParameterizedTest(name = "step {0}, now {1} -> {2}")
    @CsvSource({
            "2026-06-04, 2026-06-04T05:00:00Z, 2026-06-04T07:00:00Z", // before the window: its start
            "2026-06-04, 2026-06-04T10:00:00Z, 2026-06-04T10:00:00Z", // inside the window: now
            "2026-06-04, 2026-06-04T16:00:00Z, 2026-06-05T07:00:00Z", // window closed: next business day
            "2026-06-05, 2026-06-05T15:30:00Z, 2026-06-08T07:00:00Z", // Friday after closing: Monday
            "2026-06-01, 2026-06-04T10:00:00Z, 2026-06-04T10:00:00Z", // overdue step: now, not in the past
    })
    void neverSchedulesBeforeNow(LocalDate stepDate, Instant now, Instant expected) {
        Instant due = DueTime.schedule(stepDate, ZoneId.of("Europe/Berlin"), BusinessCalendar.forCountry("DE"),
                SendWindow.DEFAULT, THREE_PER_WEEK, List.of(), now);

        assertThat(due).isEqualTo(expected);
    }

    static List<Instant> contacts(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Instant::parse).toList();
    }
}
