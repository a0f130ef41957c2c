package dev.arrears.notification.render;

/**
 * One listed item, formatted for the customer.
 *
 * @param reference the invoice number, with the installment when one is dunned, e.g. {@code INV-7 (Rate 2)}
 * @param dueDate medium date, e.g. {@code 31.10.2026}; {@code dueDateLong} the prose form
 * @param daysOverdue negative before the due date
 * @param status e.g. {@code 14 days overdue}, {@code due today}, {@code due in 7 days}
 */
public record ItemLine(String invoiceNumber, String reference, String dueDate, String dueDateLong, int daysOverdue, String status,
                       String openAmount, boolean overdue) {

    /** Days until the due date, for items not yet due. */
    public int daysUntilDue() {
        return -daysOverdue;
    }
}
