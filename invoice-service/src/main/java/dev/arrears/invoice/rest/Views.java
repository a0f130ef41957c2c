package dev.arrears.invoice.rest;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;
import dev.arrears.invoice.domain.AppliedAmount;
import dev.arrears.invoice.domain.CreditNote;
import dev.arrears.invoice.domain.Customer;
import dev.arrears.invoice.domain.Dispute;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.InvoiceLine;
import dev.arrears.invoice.domain.InvoiceStatus;
import dev.arrears.invoice.domain.LateFee;
import dev.arrears.invoice.domain.Payment;
import dev.arrears.invoice.domain.PaymentPlan;
import dev.arrears.invoice.domain.PromiseToPay;
import dev.arrears.invoice.repository.PageOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes the API answers with. Amounts are {@link Money}: exact decimal strings with a currency. */
public final class Views {

    private Views() {
    }

    public record PageView<T>(List<T> items, int page, int size, long total) {
        static <T> PageView<T> of(PageOf<T> page) {
            return new PageView<>(page.items(), page.page(), page.size(), page.total());
        }
    }

    public record InstallmentView(int number, LocalDate dueDate, Money amount, Money openAmount) {
    }

    /**
     * An invoice with the late fees charged on it.
     *
     * @param openAmount what is still open of the invoiced amount; fees never change it
     * @param fees late fees and interest, a receivable of their own, in the order they were assessed
     * @param feesTotal the sum of {@code fees} in the invoice's currency, zero without fees
     */
    public record InvoiceView(String id, String customerId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                              Money totalAmount, Money taxAmount, Money openAmount, Money writtenOffAmount,
                              InvoiceStatus status, List<InstallmentView> installments, List<InvoiceLine> lines,
                              List<FeeView> fees, Money feesTotal, long version) {
        static InvoiceView of(Invoice i, List<LateFee> fees) {
            return new InvoiceView(i.id, i.customerId, i.invoiceNumber, i.issueDate, i.dueDate, i.total(), i.tax(), i.open(),
                    i.money(i.writtenOffAmount), i.status,
                    i.installments.stream().map(x -> new InstallmentView(x.number(), x.dueDate(), i.money(x.amount()), i.money(x.open()))).toList(),
                    i.lines, FeeView.of(fees), FeeView.total(i, fees), i.version);
        }
    }

    /**
     * A late fee or interest charged on an invoice.
     *
     * @param basis how it was calculated, for people
     * @param periodStart first day interest ran for; {@code null} unless kind is INTEREST
     * @param periodEnd last day (inclusive) interest ran for; {@code null} unless kind is INTEREST
     */
    public record FeeView(String feeId, FeeKind kind, Money amount, String basis, LocalDate periodStart, LocalDate periodEnd,
                          Instant assessedAt) {
        static List<FeeView> of(List<LateFee> fees) {
            return fees.stream().map(f -> new FeeView(f.feeId, f.kind, f.money(), f.basis, f.periodStart, f.periodEnd, f.assessedAt))
                    .toList();
        }

        /** Fees are recorded only in their invoice's currency, so they add up in it. */
        static Money total(Invoice invoice, List<LateFee> fees) {
            return invoice.money(fees.stream().map(f -> f.amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** The late fees charged on one invoice, and their sum in the invoice's currency. */
    public record InvoiceFeesView(String invoiceId, List<FeeView> fees, Money feesTotal) {
        static InvoiceFeesView of(Invoice invoice, List<LateFee> fees) {
            return new InvoiceFeesView(invoice.id, FeeView.of(fees), FeeView.total(invoice, fees));
        }
    }

    public record CustomerView(String id, String erpReference, String legalName, List<String> emails, List<String> phones,
                               String language, String timeZone, String country, String industry, String size,
                               List<String> tags, String riskClass, boolean consentEmail, boolean consentSms,
                               boolean consentVoice, int paymentTermsDays, PostalAddress postalAddress, long version) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id, c.erpReference, c.legalName, c.emails, c.phones, c.language, c.timeZone, c.country,
                    c.industry, c.size, c.tags, c.riskClass, c.consentEmail, c.consentSms, c.consentVoice, c.paymentTermsDays,
                    c.postalAddress, c.version);
        }
    }

    public record AllocationView(String invoiceId, int installmentNumber, Money amount, Money invoiceOpenAmountAfter) {
        static List<AllocationView> of(List<AppliedAmount> applied, String currency) {
            return applied.stream().map(a -> new AllocationView(a.invoiceId(), a.installmentNumber(),
                    Money.atCurrencyScale(a.amount(), currency), Money.atCurrencyScale(a.invoiceOpenAfter(), currency))).toList();
        }
    }

    public record PaymentView(String id, String customerId, Money amount, LocalDate valueDate, Instant receivedAt, String method,
                              String reference, List<AllocationView> allocations, Money unappliedAmount, String status,
                              String reversalReason, long version) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.id, p.customerId, p.money(p.amount), p.valueDate, p.receivedAt, p.method, p.reference,
                    AllocationView.of(p.allocations, p.currency), p.money(p.unappliedAmount), p.status, p.reversalReason, p.version);
        }
    }

    public record CreditNoteView(String id, String customerId, String creditNoteNumber, LocalDate issueDate, Money amount,
                                 String reason, List<AllocationView> allocations, Money unappliedAmount) {
        static CreditNoteView of(CreditNote n) {
            return new CreditNoteView(n.id, n.customerId, n.creditNoteNumber, n.issueDate, n.money(n.amount), n.reason,
                    AllocationView.of(n.allocations, n.currency), n.money(n.unappliedAmount));
        }
    }

    public record DisputeView(String id, String customerId, String invoiceId, Money disputedAmount, String reason,
                              List<Integer> lineNumbers, String status, String note, Instant openedAt, Instant resolvedAt, long version) {
        static DisputeView of(Dispute d) {
            return new DisputeView(d.id, d.customerId, d.invoiceId, d.disputed(), d.reason, d.lineNumbers, d.status, d.note,
                    d.openedAt, d.resolvedAt, d.version);
        }
    }

    public record PromiseView(String id, String customerId, Money promisedAmount, LocalDate promisedDate, List<String> invoiceIds,
                              String source, Instant madeAt) {
        static PromiseView of(PromiseToPay p) {
            return new PromiseView(p.id, p.customerId, p.promised(), p.promisedDate, p.invoiceIds, p.source, p.madeAt);
        }
    }

    public record PaymentPlanView(String id, String customerId, List<String> invoiceIds, Money totalAmount,
                                  List<InstallmentView> installments, Instant agreedAt) {
        static PaymentPlanView of(PaymentPlan p) {
            return new PaymentPlanView(p.id, p.customerId, p.invoiceIds, p.total(),
                    p.installments.stream().map(x -> new InstallmentView(x.number(), x.dueDate(),
                            Money.atCurrencyScale(x.amount(), p.currency), Money.atCurrencyScale(x.open(), p.currency))).toList(),
                    p.agreedAt);
        }
    }
}
