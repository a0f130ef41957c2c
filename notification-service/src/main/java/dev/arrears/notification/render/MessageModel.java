package dev.arrears.notification.render;

import java.util.List;

/**
 * Everything a template may say, already formatted for the customer's locale; templates only choose words. Templates
 * declare it as {@code {@dev.arrears.notification.render.MessageModel m}}, so Qute checks every expression at build time.
 *
 * @param language the language of the text rendered (after any fallback)
 * @param customer the customer's name, or their id when the name is unknown
 * @param country ISO 3166 code in upper case, or empty; statutory wording is cited only where that law applies
 * @param items oldest due first; {@code first} is the oldest
 * @param total all listed items per currency, e.g. {@code 1.190,00 €}
 * @param overdueTotal the overdue part, empty when nothing is overdue yet
 * @param amountDue the items plus any fees: what the customer is asked to pay
 * @param deadline the day to pay by (message date + the tenant's payment days), long form; {@code deadlineShort} medium
 * @param paymentLink the customer's own payment link, or empty when the tenant has none
 * @param postalAddress the lines of the customer's postal address under their name, in the post's order; empty when unknown
 */
public record MessageModel(String language, String customer, String customerId, String country, String sender,
                           List<ItemLine> items, ItemLine first, int maxDaysOverdue,
                           String total, String overdueTotal, List<FeeLine> fees, String feesTotal, String amountDue,
                           String spokenAmountDue, String today, String deadline, String deadlineShort, String paymentLink,
                           List<String> postalAddress, Branding brand) {

    public MessageModel {
        items = List.copyOf(items);
        fees = List.copyOf(fees);
        postalAddress = List.copyOf(postalAddress);
    }

    public int itemCount() {
        return items.size();
    }

    public boolean single() {
        return items.size() == 1;
    }

    public boolean hasFees() {
        return !fees.isEmpty();
    }

    public boolean hasPaymentLink() {
        return !paymentLink.isEmpty();
    }

    /** Whether some listed items are not overdue yet, so the table shows the overdue part separately. */
    public boolean partlyOverdue() {
        return !overdueTotal.isEmpty() && !overdueTotal.equals(total);
    }
}
