package dev.arrears.dunning.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/** How one public holiday's date is found in a given year, before any weekend shifting. */
@FunctionalInterface
interface HolidayRule {

    LocalDate dateIn(int year);

    static HolidayRule fixed(Month month, int dayOfMonth) {
        return year -> LocalDate.of(year, month, dayOfMonth);
    }

    /** Days after (or, when negative, before) Easter Sunday: Good Friday is -2, Ascension +39, Whit Monday +50. */
    static HolidayRule easter(int daysAfterEasterSunday) {
        return year -> Easter.sunday(year).plusDays(daysAfterEasterSunday);
    }

    /** The n-th (1-based) given weekday of a month, e.g. the third Monday of January. */
    static HolidayRule nthWeekday(int n, DayOfWeek dayOfWeek, Month month) {
        return year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dayOfWeek));
    }

    static HolidayRule lastWeekday(DayOfWeek dayOfWeek, Month month) {
        return year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dayOfWeek));
    }
}
