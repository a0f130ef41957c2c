package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.contracts.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The common parameters of a figures request, checked: a currency (amounts are never mixed), a segment
 * ({@code all} by default) and a range of days, by default the 90 days up to today.
 */
record SeriesQuery(String tenantId, String currency, String segment, LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 90;
    /** Ten years of days is more than any chart draws, and bounds the work of one request. */
    static final int MAX_DAYS = 3660;

    static SeriesQuery of(String tenantId, String currency, String segment, String from, String to, Clock clock, ZoneId zone) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : day("to", to);
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
        if (first.isAfter(last)) {
            throw new InvalidParameter("from", "from " + first + " is after to " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidParameter("from", "at most " + MAX_DAYS + " days per request");
        }
        return new SeriesQuery(tenantId, currency(currency), segment == null || segment.isBlank() ? SegmentBy.ALL : segment,
                first, last);
    }

    static String currency(String currency) {
        if (currency == null) {
            throw new InvalidParameter("currency", "currency is required: figures are per currency and never mixed");
        }
        try {
            Money.currencyOf(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("currency", e.getMessage());
        }
    }

    static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    static int positive(String name, Integer value, int defaultValue, int max) {
        int number = value == null ? defaultValue : value;
        if (number < 1 || number > max) {
            throw new InvalidParameter(name, name + " must be between 1 and " + max);
        }
        return number;
    }

    /** Days from {@code from} to {@code to}. */
    Iterable<LocalDate> days() {
        return () -> from.datesUntil(to.plusDays(1)).iterator();
    }

    Money money(BigDecimal amount) {
        return Money.atCurrencyScale(amount, currency);
    }
}
