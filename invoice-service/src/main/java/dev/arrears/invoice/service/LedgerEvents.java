package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.invoice.CreditNoteIssued;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.DisputeOpened;
import dev.arrears.contracts.invoice.DisputeResolved;
import dev.arrears.contracts.invoice.InvoiceAdjusted;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.InvoiceVoided;
import dev.arrears.contracts.invoice.InvoiceWrittenOff;
import dev.arrears.contracts.invoice.PaymentPlanAgreed;
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.contracts.invoice.PaymentReversed;
import dev.arrears.contracts.invoice.PromiseToPayMade;
import dev.arrears.invoice.domain.AppliedAmount;
import dev.arrears.invoice.domain.CreditNote;
import dev.arrears.invoice.domain.Customer;
import dev.arrears.invoice.domain.Dispute;
import dev.arrears.invoice.domain.Installment;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.Payment;
import dev.arrears.invoice.domain.PaymentPlan;
import dev.arrears.invoice.domain.PromiseToPay;

import java.math.BigDecimal;
import java.util.List;

/** Maps ledger state to the events other services learn it from. */
final class LedgerEvents {

    private LedgerEvents() {
    }

    static InvoiceIssued issued(Invoice invoice) {
        return new InvoiceIssued(invoice.tenantId, invoice.customerId, invoice.id, invoice.invoiceNumber,
                invoice.issueDate, invoice.dueDate, invoice.total(), invoice.tax(), invoice.open(), installments(invoice));
    }

    static InvoiceAdjusted adjusted(Invoice invoice, String reason) {
        return new InvoiceAdjusted(invoice.tenantId, invoice.customerId, invoice.id, invoice.invoiceNumber, reason,
                invoice.dueDate, invoice.total(), invoice.tax(), invoice.open(), installments(invoice));
    }

    static InvoiceVoided voided(Invoice invoice, String reason, BigDecimal voidedOpen) {
        return new InvoiceVoided(invoice.tenantId, invoice.customerId, invoice.id, invoice.invoiceNumber, reason,
                invoice.money(voidedOpen));
    }

    static InvoiceWrittenOff writtenOff(Invoice invoice, String reason, BigDecimal amount) {
        return new InvoiceWrittenOff(invoice.tenantId, invoice.customerId, invoice.id, invoice.invoiceNumber, reason,
                invoice.money(amount), invoice.open());
    }

    static PaymentReceived received(Payment payment) {
        return new PaymentReceived(payment.tenantId, payment.customerId, payment.id, payment.money(payment.amount),
                payment.valueDate, payment.receivedAt, payment.method, payment.reference,
                allocations(payment.allocations, payment.currency), payment.money(payment.unappliedAmount));
    }

    static PaymentReversed reversed(Payment payment, List<AppliedAmount> reopened) {
        return new PaymentReversed(payment.tenantId, payment.customerId, payment.id, payment.reversalId,
                payment.reversalReason, payment.money(payment.amount), payment.reversedAt,
                allocations(reopened, payment.currency), payment.money(payment.unappliedAmount));
    }

    static CreditNoteIssued creditNote(CreditNote note) {
        return new CreditNoteIssued(note.tenantId, note.customerId, note.id, note.creditNoteNumber, note.issueDate,
                note.money(note.amount), note.reason, allocations(note.allocations, note.currency), note.money(note.unappliedAmount));
    }

    static DisputeOpened disputeOpened(Dispute dispute, Invoice invoice) {
        return new DisputeOpened(dispute.tenantId, dispute.customerId, dispute.id, invoice.id, invoice.invoiceNumber,
                dispute.disputed(), dispute.reason, dispute.lineNumbers, dispute.openedAt);
    }

    static DisputeResolved disputeResolved(Dispute dispute, Invoice invoice) {
        return new DisputeResolved(dispute.tenantId, dispute.customerId, dispute.id, invoice.id, invoice.invoiceNumber,
                dispute.status, dispute.disputed(), dispute.note, dispute.resolvedAt);
    }

    static PromiseToPayMade promise(PromiseToPay promise) {
        return new PromiseToPayMade(promise.tenantId, promise.customerId, promise.id, promise.promised(),
                promise.promisedDate, promise.invoiceIds, promise.source, promise.madeAt);
    }

    static PaymentPlanAgreed plan(PaymentPlan plan) {
        return new PaymentPlanAgreed(plan.tenantId, plan.customerId, plan.id, plan.invoiceIds, plan.total(),
                plan.installments.stream().map(i -> installment(i, plan.currency)).toList(), plan.agreedAt);
    }

    static CustomerUpserted customer(Customer c) {
        return new CustomerUpserted(c.tenantId, c.id, c.erpReference, c.legalName, c.emails, c.phones, c.language,
                c.timeZone, c.country, new CustomerUpserted.Segment(c.industry, c.size, c.tags, c.riskClass),
                new CustomerUpserted.Consent(c.consentEmail, c.consentSms, c.consentVoice), c.paymentTermsDays, c.postalAddress);
    }

    static String subject(String kind, String id) {
        return kind + "/" + id;
    }

    private static List<InvoiceIssued.Installment> installments(Invoice invoice) {
        return invoice.installments.stream().map(i -> installment(i, invoice.currency)).toList();
    }

    private static InvoiceIssued.Installment installment(Installment installment, String currency) {
        return new InvoiceIssued.Installment(installment.number(), installment.dueDate(),
                Money.atCurrencyScale(installment.amount(), currency));
    }

    private static List<PaymentReceived.Allocation> allocations(List<AppliedAmount> applied, String currency) {
        return applied.stream().map(a -> new PaymentReceived.Allocation(a.invoiceId(), a.installmentNumber(),
                Money.atCurrencyScale(a.amount(), currency), Money.atCurrencyScale(a.invoiceOpenAfter(), currency))).toList();
    }
}
