package dev.arrears.analytics.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The days a request asks about, checked: by default the 90 days up to today in the reporting zone. */
record DayRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 90;
    /** Ten years of days is more than any chart draws, and bounds the work of one request. */
    static final int MAX_DAYS = 3660;

    static DayRange of(String from, String to, Clock clock, ZoneId zone) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : day("to", to);
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
        if (first.isAfter(last)) {
            throw new InvalidParameter("from", "from " + first + " is after to " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidParameter("from", "at most " + MAX_DAYS + " days per request");
        }
        return new DayRange(first, last);
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
