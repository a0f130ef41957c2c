package dev.arrears.contracts.dunning;

import dev.arrears.contracts.Money;

import java.time.LocalDate;

/**
 * One overdue (or soon due) item in a reminder or escalation, at its own dunning level.
 *
 * @param installmentNumber the installment dunned, or {@code null} when the whole invoice is
 * @param daysOverdue negative before the due date
 */
public record DunnedItem(
        String invoiceId,
        String invoiceNumber,
        Integer installmentNumber,
        LocalDate dueDate,
        int daysOverdue,
        Money openAmount,
        int level) {
}
