package dev.arrears.notification.render;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed words around a message (table headings, statuses, fee kinds), per language in
 * {@code messages/label_<language>.properties}; templates write {@code {label:invoice}}. English is the default.
 */
@MessageBundle(value = "label", locale = "en")
public interface Labels {

    @Message("Invoice")
    String invoice();

    @Message("Due date")
    String dueDate();

    @Message("Status")
    String status();

    @Message("Open amount")
    String openAmount();

    @Message("Total")
    String total();

    @Message("of which overdue")
    String overdueTotal();

    @Message("Fees and interest")
    String fees();

    @Message("Amount due")
    String amountDue();

    @Message("Open items")
    String openItems();

    @Message("{invoiceNumber} (installment {number})")
    String installment(String invoiceNumber, int number);

    @Message("{days} {#if days == 1}day{#else}days{/if} overdue")
    String overdueBy(int days);

    @Message("due today")
    String dueToday();

    @Message("due in {days} {#if days == 1}day{#else}days{/if}")
    String dueIn(int days);

    @Message("Late payment fee")
    String feeFixed();

    @Message("Late payment charge")
    String feePercentage();

    @Message("Compensation for recovery costs")
    String feeStatutory();

    @Message("Late payment interest")
    String feeInterest();

    @Message("Pay now")
    String payNow();

    @Message("Pay online")
    String payOnline();

    @Message("Bank transfer")
    String bankTransfer();

    @Message("Please quote the invoice numbers as the payment reference.")
    String quoteReference();

    @Message("Questions about this message? Contact us:")
    String questions();

    @Message("Customer number")
    String customerNumber();

    /** What follows a label, e.g. {@code Total: }; French puts a no-break space before it. */
    @Message(":")
    String colon();

    @Message("Page")
    String page();

    @Message("of")
    String of();
}
