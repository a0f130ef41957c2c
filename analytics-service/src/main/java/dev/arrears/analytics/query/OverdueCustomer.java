package dev.arrears.analytics.query;

import dev.arrears.contracts.Money;

/**
 * A customer's overdue receivables in one currency on a day.
 *
 * @param oldestDaysPastDue days past due of the customer's oldest overdue item
 * @param overdueItems open items (invoices or installments) past due
 * @param segment the customer's segment, e.g. {@code size=LARGE}
 */
public record OverdueCustomer(String customerId, Money overdue, Money receivables, long oldestDaysPastDue, int overdueItems,
        String riskClass, String segment) {
}
