package dev.arrears.dunning.domain.fee;

import dev.arrears.contracts.dunning.FeeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fee to charge on an item, in the item's currency.
 *
 * @param amount positive, at the currency's scale
 * @param basis how the amount came about, for the customer and the collector, e.g.
 *              {@code 10.15% p.a. on 1190.00 EUR from 2026-11-01 to 2026-11-30 (30 days, actual/365)}
 * @param periodStart for interest, the first day charged; {@code null} for one-off fees
 * @param periodEnd for interest, the last day charged, which becomes the next {@code interestAccruedUntil};
 *                  {@code null} for one-off fees
 */
public record AssessedFee(FeeKind kind, BigDecimal amount, String basis, LocalDate periodStart, LocalDate periodEnd) {

    public AssessedFee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
    }
}
