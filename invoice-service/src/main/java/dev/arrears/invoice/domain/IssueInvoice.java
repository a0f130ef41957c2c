package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice as an ERP sends it. Without a schedule the whole amount is one installment due on
 * {@code dueDate}; with one, the installments must add up to the total.
 */
public record IssueInvoice(String customerId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                           Money totalAmount, Money taxAmount, List<ScheduledInstallment> installments,
                           List<InvoiceLine> lines) {

    /** An installment of a schedule: due date and amount. */
    public record ScheduledInstallment(LocalDate dueDate, Money amount) {
    }

    public IssueInvoice {
        if (taxAmount == null && totalAmount != null) {
            taxAmount = Money.zero(totalAmount.currency());
        }
    }

    void validate() {
        Identifiers.require("customerId", customerId);
        Identifiers.require("invoiceNumber", invoiceNumber);
        if (issueDate == null) {
            throw new InvalidInput("issueDate", "issueDate is required");
        }
        if (dueDate == null) {
            throw new InvalidInput("dueDate", "dueDate is required");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new InvalidInput("dueDate", "dueDate " + dueDate + " is before issueDate " + issueDate);
        }
        Amounts.requireNotNegative("totalAmount", totalAmount);
        Amounts.requireNotNegative("taxAmount", taxAmount);
        Amounts.requireCurrency("taxAmount", taxAmount, totalAmount.currency());
        if (taxAmount.amount().compareTo(totalAmount.amount()) > 0) {
            throw new InvalidInput("taxAmount", "taxAmount exceeds totalAmount");
        }
        schedule();
    }

    /** The installments, numbered from 1, each fully open. */
    List<Installment> schedule() {
        return Schedules.of(installments, issueDate, dueDate, totalAmount);
    }

    /** Shared by issuing and adjusting: turns a requested schedule into installments, or one for the total. */
    static final class Schedules {

        private Schedules() {
        }

        static List<Installment> of(List<ScheduledInstallment> requested, LocalDate issueDate, LocalDate dueDate, Money total) {
            if (requested == null || requested.isEmpty()) {
                return List.of(new Installment(1, dueDate, total.amount(), total.amount()));
            }
            List<Installment> schedule = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            LocalDate previous = null;
            for (int i = 0; i < requested.size(); i++) {
                ScheduledInstallment s = requested.get(i);
                String field = "installments[" + i + "]";
                if (s == null || s.dueDate() == null) {
                    throw new InvalidInput(field + ".dueDate", "every installment needs a dueDate");
                }
                Amounts.requirePositive(field + ".amount", s.amount());
                Amounts.requireCurrency(field + ".amount", s.amount(), total.currency());
                if (s.dueDate().isBefore(issueDate)) {
                    throw new InvalidInput(field + ".dueDate", "installment due " + s.dueDate() + " before issueDate " + issueDate);
                }
                if (previous != null && s.dueDate().isBefore(previous)) {
                    throw new InvalidInput(field + ".dueDate", "installments must be in due-date order");
                }
                previous = s.dueDate();
                sum = sum.add(s.amount().amount());
                schedule.add(new Installment(i + 1, s.dueDate(), s.amount().amount(), s.amount().amount()));
            }
            if (sum.compareTo(total.amount()) != 0) {
                throw new InvalidInput("installments", "installments add up to " + sum.toPlainString() + " but the total is "
                        + total.amount().toPlainString());
            }
            return List.copyOf(schedule);
        }
    }
}
