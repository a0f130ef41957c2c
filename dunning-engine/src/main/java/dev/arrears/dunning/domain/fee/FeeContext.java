package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fee calculation needs to know about one item on the day it runs. The day is passed in, never read from a
 * clock, so the same facts always give the same fees.
 *
 * @param currency the item's ISO 4217 code; fees are in this currency
 * @param dueDate the last day to pay without being late; fees start the day after
 * @param today the day of the assessment; interest accrues up to and including it
 * @param dunnableAmount what is open and not disputed today; basis of percentage fees and the GB compensation band
 * @param history the open amount day by day; basis of interest
 * @param interestAccruedUntil the last day interest was already assessed for, or {@code null} if none was yet
 * @param compensationAlreadyAssessed whether the statutory compensation, due once per invoice, was already charged
 */
public record FeeContext(String currency, LocalDate dueDate, LocalDate today, BigDecimal dunnableAmount,
                         BalanceHistory history, LocalDate interestAccruedUntil, boolean compensationAlreadyAssessed) {

    public FeeContext {
        Currencies.scaleOf(currency);
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(dunnableAmount, "dunnableAmount");
        Objects.requireNonNull(history, "history");
    }

    /** Whether the due date has passed: only then is any fee charged. */
    public boolean overdue() {
        return today.isAfter(dueDate);
    }

    /** The number of decimals fees in this currency are rounded to. */
    public int currencyScale() {
        return Currencies.scaleOf(currency);
    }
}
