package dev.arrears.analytics.domain.ledger;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.invoice.CreditNoteIssued;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.DisputeOpened;
import dev.arrears.contracts.invoice.DisputeResolved;
import dev.arrears.contracts.invoice.InvoiceAdjusted;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.InvoiceVoided;
import dev.arrears.contracts.invoice.InvoiceWrittenOff;
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.contracts.invoice.PaymentReversed;
import dev.arrears.contracts.invoice.PromiseToPayMade;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns events into facts: which invoices an event is about, and what it records on each of them or on
 * the customer. Each fact is stored under an id derived from the event's own ids, which makes applying
 * an event twice the same as applying it once. Events that change no figure (late fees, which are a
 * receivable of their own, level changes, pauses, payment plans) record nothing.
 */
public final class EventFacts {

    private EventFacts() {
    }

    /** The invoices whose facts {@code event} changes, in the order it names them. */
    public static Set<String> invoicesOf(DatedEvent dated) {
        return switch (dated.type()) {
            case INVOICE_ISSUED -> Set.of(dated.as(InvoiceIssued.class).invoiceId());
            case INVOICE_ADJUSTED -> Set.of(dated.as(InvoiceAdjusted.class).invoiceId());
            case INVOICE_VOIDED -> Set.of(dated.as(InvoiceVoided.class).invoiceId());
            case INVOICE_WRITTEN_OFF -> Set.of(dated.as(InvoiceWrittenOff.class).invoiceId());
            case PAYMENT_RECEIVED -> ids(dated.as(PaymentReceived.class).allocations(), PaymentReceived.Allocation::invoiceId);
            case PAYMENT_REVERSED -> ids(dated.as(PaymentReversed.class).reversedAllocations(), PaymentReceived.Allocation::invoiceId);
            case CREDIT_NOTE_ISSUED -> ids(dated.as(CreditNoteIssued.class).allocations(), PaymentReceived.Allocation::invoiceId);
            case DISPUTE_OPENED -> Set.of(dated.as(DisputeOpened.class).invoiceId());
            case DISPUTE_RESOLVED -> Set.of(dated.as(DisputeResolved.class).invoiceId());
            case REMINDER_DUE -> ids(dated.as(ReminderDue.class).items(), DunnedItem::invoiceId);
            case ESCALATION_RAISED -> ids(dated.as(EscalationRaised.class).items(), DunnedItem::invoiceId);
            default -> Set.of();
        };
    }

    /** The customer's facts after {@code dated}; unchanged unless it is master data or a promise. */
    public static CustomerFacts apply(DatedEvent dated, CustomerFacts customer) {
        switch (dated.type()) {
            case CUSTOMER_UPSERTED -> {
                CustomerUpserted e = dated.as(CustomerUpserted.class);
                CustomerUpserted.Segment segment = e.segment();
                return customer.withProfile(new Profile(e.timeZone(), segment == null ? null : segment.industry(),
                        segment == null ? null : segment.size(), segment == null ? null : segment.riskClass()));
            }
            case PROMISE_TO_PAY_MADE -> {
                PromiseToPayMade e = dated.as(PromiseToPayMade.class);
                return customer.withPromise(e.promiseId(), new Promise(e.promisedAmount().amount(),
                        e.promisedAmount().currency(), e.promisedDate(), e.madeAt(), e.invoiceIds()));
            }
            default -> {
                return customer;
            }
        }
    }

    /** One invoice's facts after {@code dated}. */
    public static ItemFacts apply(DatedEvent dated, ItemFacts item) {
        switch (dated.type()) {
            case INVOICE_ISSUED -> {
                InvoiceIssued e = dated.as(InvoiceIssued.class);
                return item.withIssued(new Terms(e.issueDate(), installments(e.installments())), e.totalAmount().currency());
            }
            case INVOICE_ADJUSTED -> {
                InvoiceAdjusted e = dated.as(InvoiceAdjusted.class);
                return item.withRestated(new Terms(null, installments(e.installments())), dated.time())
                        .withCurrency(e.totalAmount().currency());
            }
            case INVOICE_VOIDED -> {
                InvoiceVoided e = dated.as(InvoiceVoided.class);
                return item.withVoidedAt(dated.time()).withCurrency(e.voidedOpenAmount().currency());
            }
            case INVOICE_WRITTEN_OFF -> {
                // The event has no id of its own; its envelope id is stable across redeliveries.
                InvoiceWrittenOff e = dated.as(InvoiceWrittenOff.class);
                return item.withMovement("wo:" + dated.id(), new Movement(Movement.Kind.WRITE_OFF, null, dated.time(), null,
                        e.writtenOffAmount().amount(), null)).withCurrency(e.writtenOffAmount().currency());
            }
            case PAYMENT_RECEIVED -> {
                PaymentReceived e = dated.as(PaymentReceived.class);
                return allocations(item, "pay:" + e.paymentId(), e.allocations(), a -> new Movement(Movement.Kind.PAYMENT,
                        e.valueDate(), null, a.installmentNumber(), a.amount().amount(), e.paymentId()));
            }
            case PAYMENT_REVERSED -> {
                PaymentReversed e = dated.as(PaymentReversed.class);
                return allocations(item, "rev:" + e.reversalId(), e.reversedAllocations(), a -> new Movement(Movement.Kind.REVERSAL,
                        null, e.reversedAt(), a.installmentNumber(), a.amount().amount(), e.paymentId()));
            }
            case CREDIT_NOTE_ISSUED -> {
                CreditNoteIssued e = dated.as(CreditNoteIssued.class);
                return allocations(item, "cn:" + e.creditNoteId(), e.allocations(), a -> new Movement(Movement.Kind.CREDIT,
                        e.issueDate(), null, a.installmentNumber(), a.amount().amount(), null));
            }
            case DISPUTE_OPENED -> {
                DisputeOpened e = dated.as(DisputeOpened.class);
                Dispute known = item.disputes().get(e.disputeId());
                return item.withDispute(e.disputeId(), new Dispute(e.disputedAmount().amount(), e.openedAt(),
                        known == null ? null : known.resolvedAt())).withCurrency(e.disputedAmount().currency());
            }
            case DISPUTE_RESOLVED -> {
                DisputeResolved e = dated.as(DisputeResolved.class);
                Dispute known = item.disputes().get(e.disputeId());
                return item.withDispute(e.disputeId(), new Dispute(e.disputedAmount().amount(),
                        known == null ? null : known.openedAt(), e.resolvedAt())).withCurrency(e.disputedAmount().currency());
            }
            case REMINDER_DUE -> {
                ReminderDue e = dated.as(ReminderDue.class);
                return steps(item, "rem:" + e.reminderId(), e.items(), d -> new DunningStep(e.scheduledFor(),
                        stepName(e.step()), e.tone().name(), e.templateId(), e.channels().get(0).name(),
                        d.installmentNumber(), d.openAmount().amount()));
            }
            case ESCALATION_RAISED -> {
                EscalationRaised e = dated.as(EscalationRaised.class);
                return steps(item, "esc:" + e.escalationId(), e.items(), d -> new DunningStep(dated.time(),
                        stepName(e.step()), null, null, e.kind().name(), d.installmentNumber(), d.openAmount().amount()));
            }
            default -> {
                return item;
            }
        }
    }

    private static ItemFacts allocations(ItemFacts item, String idPrefix, List<PaymentReceived.Allocation> allocations,
            Function<PaymentReceived.Allocation, Movement> movement) {
        ItemFacts result = item;
        // The allocation's position keeps two allocations of one payment to the same invoice apart.
        for (int i = 0; i < allocations.size(); i++) {
            PaymentReceived.Allocation allocation = allocations.get(i);
            if (allocation.invoiceId().equals(item.invoiceId())) {
                result = result.withMovement(idPrefix + ":" + i, movement.apply(allocation))
                        .withCurrency(allocation.amount().currency());
            }
        }
        return result;
    }

    private static ItemFacts steps(ItemFacts item, String idPrefix, List<DunnedItem> items, Function<DunnedItem, DunningStep> step) {
        ItemFacts result = item;
        for (DunnedItem dunned : items) {
            if (dunned.invoiceId().equals(item.invoiceId())) {
                String part = dunned.installmentNumber() == null ? "-" : dunned.installmentNumber().toString();
                result = result.withStep(idPrefix + ":" + part, step.apply(dunned)).withCurrency(dunned.openAmount().currency());
            }
        }
        return result;
    }

    private static List<Installment> installments(List<InvoiceIssued.Installment> installments) {
        return installments.stream().map(i -> new Installment(i.number(), i.dueDate(), i.amount().amount())).toList();
    }

    private static String stepName(PolicyStep step) {
        return step.policyId() + "/" + step.stepName();
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> invoiceId) {
        return items.stream().map(invoiceId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
