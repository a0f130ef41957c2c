package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: a fixed rate table and short ways to write histories and items. */
final class Fees {

    /**
     * The 2025 and 2026 rows of reference-rates.csv, fixed here so that a correction of the shipped data does not change
     * the arithmetic these tests check by hand.
     */
    static final ReferenceRates RATES = new ReferenceRates(List.of(
            rate("EU", "2025-01-01", "3.15"), rate("EU", "2025-07-01", "2.15"),
            rate("EU", "2026-01-01", "2.15"), rate("EU", "2026-07-01", "2.40"),
            rate("FR", "2025-01-01", "3.15"), rate("FR", "2025-07-01", "2.15"),
            rate("FR", "2026-01-01", "2.15"), rate("FR", "2026-07-01", "2.40"),
            rate("DE", "2025-01-01", "2.27"), rate("DE", "2025-07-01", "1.27"),
            rate("DE", "2026-01-01", "1.27"), rate("DE", "2026-07-01", "1.52"),
            rate("GB", "2025-01-01", "4.75"), rate("GB", "2025-07-01", "4.25"),
            rate("GB", "2026-01-01", "3.75"), rate("GB", "2026-07-01", "3.75")));

    static final FeeCalculator CALCULATOR = new FeeCalculator(RATES);

    private Fees() {
    }

    static ReferenceRate rate(String jurisdiction, String validFrom, String percent) {
        return new ReferenceRate(jurisdiction, LocalDate.parse(validFrom), new BigDecimal(percent));
    }

    /** {@code "2026-04-01=1190.00 2026-05-16=590.00"}: the open amount from each date on. */
    static BalanceHistory history(String changes) {
        return new BalanceHistory(Arrays.stream(changes.trim().split("\\s+"))
                .map(change -> change.split("="))
                .map(parts -> new BalanceHistory.Change(LocalDate.parse(parts[0]), new BigDecimal(parts[1])))
                .toList());
    }

    /** An item whose dunnable amount today is what the history says is open today. */
    static FeeContext item(String currency, String dueDate, String today, String interestAccruedUntil, String history,
                           boolean compensationAlreadyAssessed) {
        BalanceHistory balances = history(history);
        LocalDate day = LocalDate.parse(today);
        return new FeeContext(currency, LocalDate.parse(dueDate), day, balances.openOn(day), balances,
                interestAccruedUntil == null ? null : LocalDate.parse(interestAccruedUntil), compensationAlreadyAssessed);
    }

    /** An item with one open amount since long before its due date, assessed for the first time. */
    static FeeContext item(String currency, String amount, String dueDate, String today) {
        return item(currency, dueDate, today, null, "2020-01-01=" + amount, false);
    }
}
