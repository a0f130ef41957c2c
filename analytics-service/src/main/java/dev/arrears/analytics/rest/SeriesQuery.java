package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.contracts.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The common parameters of a figures request, checked: a currency (amounts are never mixed), a segment
 * ({@code all} by default) and a range of days.
 */
record SeriesQuery(String tenantId, String currency, String segment, LocalDate from, LocalDate to) {

    static SeriesQuery of(String tenantId, String currency, String segment, String from, String to, Clock clock, ZoneId zone) {
        String checkedCurrency = currency(currency);
        DayRange days = DayRange.of(from, to, clock, zone);
        return new SeriesQuery(tenantId, checkedCurrency, segment == null || segment.isBlank() ? SegmentBy.ALL : segment,
                days.from(), days.to());
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
