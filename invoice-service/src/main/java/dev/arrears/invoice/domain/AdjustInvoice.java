package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;

import java.time.LocalDate;
import java.util.List;

/** A correction of an invoice's amounts or schedule, with the reason the ERP gives for it. */
public record AdjustInvoice(String reason, LocalDate dueDate, Money totalAmount, Money taxAmount,
                            List<IssueInvoice.ScheduledInstallment> installments) {

    void validate(Invoice invoice) {
        Identifiers.requireText("reason", reason);
        if (dueDate == null) {
            throw new InvalidInput("dueDate", "dueDate is required");
        }
        if (dueDate.isBefore(invoice.issueDate)) {
            throw new InvalidInput("dueDate", "dueDate " + dueDate + " is before issueDate " + invoice.issueDate);
        }
        Amounts.requireNotNegative("totalAmount", totalAmount);
        Amounts.requireCurrency("totalAmount", totalAmount, invoice.currency);
        Amounts.requireNotNegative("taxAmount", taxAmount);
        Amounts.requireCurrency("taxAmount", taxAmount, invoice.currency);
        if (taxAmount.amount().compareTo(totalAmount.amount()) > 0) {
            throw new InvalidInput("taxAmount", "taxAmount exceeds totalAmount");
        }
    }

    List<Installment> schedule(LocalDate issueDate) {
        return IssueInvoice.Schedules.of(installments, issueDate, dueDate, totalAmount);
    }
}
