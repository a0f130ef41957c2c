package dev.arrears.notification.message;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;

/**
 * A late fee or interest already charged on a listed item, shown to the customer next to what they owe.
 *
 * @param installmentNumber the installment charged, or {@code null} when the whole invoice is
 */
public record Fee(String invoiceNumber, Integer installmentNumber, FeeKind kind, Money amount) {

    public static Fee of(LateFeeAssessed assessed) {
        return new Fee(assessed.invoiceNumber(), assessed.installmentNumber(), assessed.kind(), assessed.amount());
    }
}
