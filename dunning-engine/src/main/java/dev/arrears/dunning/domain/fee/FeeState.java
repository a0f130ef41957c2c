package dev.arrears.dunning.domain.fee;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What late-fee assessment needs to know about one item between runs: how its open amount moved and what was
 * assessed before.
 *
 * @param interestAccruedUntil the last day interest was assessed for, or {@code null} if none was yet
 * @param compensationAssessed whether the statutory compensation, owed once per invoice, was charged on its invoice
 */
public record FeeState(BalanceHistory history, LocalDate interestAccruedUntil, boolean compensationAssessed) {

    public FeeState {
        Objects.requireNonNull(history, "history");
    }
}
