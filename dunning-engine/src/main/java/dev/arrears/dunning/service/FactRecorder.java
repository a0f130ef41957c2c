package dev.arrears.dunning.service;

import dev.arrears.contracts.EventReader.ReceivedEvent;
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
import dev.arrears.dunning.repository.DunningFacts;
import dev.arrears.dunning.repository.CustomerLock;
import dev.arrears.dunning.repository.ProcessedEvents;
import dev.arrears.dunning.repository.Schedule;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the engine's facts in step with arrears.invoice.events, exactly once per event: the event id is
 * recorded in the same transaction as its effect, so a redelivered or replayed event changes nothing.
 */
@ApplicationScoped
public class FactRecorder {

    private final DunningFacts facts;
    private final ProcessedEvents processedEvents;
    private final Schedule schedule;
    private final Clock clock;

    FactRecorder(DunningFacts facts, ProcessedEvents processedEvents, Schedule schedule, Clock clock) {
        this.facts = facts;
        this.processedEvents = processedEvents;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Applies the event unless it was applied before, then makes the customer's items due for evaluation at once:
     * a payment cancels pending steps, a new invoice joins the next reminder. Answers whether the event was new.
     *
     * <p>Holds the customer's lock, so a run evaluating the customer at the same moment finishes (and schedules)
     * before this change is recorded and the items are made due again.
     */
    @WithTransaction
    public Uni<Boolean> record(ReceivedEvent received) {
        Instant now = clock.instant();
        return processedEvents.markProcessed(received.id(), received.type().type(), now)
                .call(isNew -> isNew ? CustomerLock.acquire(received.event().tenantId(), customerOf(received))
                        .chain(() -> apply(received, now))
                        .chain(() -> schedule.touchCustomer(received.event().tenantId(), customerOf(received), now))
                        : Uni.createFrom().voidItem());
    }

    private static String customerOf(ReceivedEvent received) {
        return received.event().key().customerId();
    }

    private Uni<Void> apply(ReceivedEvent received, Instant now) {
        return switch (received.type()) {
            case INVOICE_ISSUED -> {
                InvoiceIssued e = (InvoiceIssued) received.event();
                yield facts.addInstallments(e.tenantId(), e.customerId(), e.invoiceId(), e.invoiceNumber(), e.issueDate(),
                        e.installments(), e.totalAmount().amount().subtract(e.openAmount().amount()), now);
            }
            case INVOICE_ADJUSTED -> {
                InvoiceAdjusted e = (InvoiceAdjusted) received.event();
                yield facts.replaceInstallments(e.tenantId(), e.customerId(), e.invoiceId(), e.invoiceNumber(),
                        e.installments(), e.openAmount(), now);
            }
            case PAYMENT_RECEIVED -> {
                PaymentReceived e = (PaymentReceived) received.event();
                yield allocations(e.tenantId(), e.allocations(), BigDecimal.ONE.negate(), e.valueDate(), now);
            }
            case PAYMENT_REVERSED -> {
                PaymentReversed e = (PaymentReversed) received.event();
                yield allocations(e.tenantId(), e.reversedAllocations(), BigDecimal.ONE, null, now);
            }
            case CREDIT_NOTE_ISSUED -> {
                CreditNoteIssued e = (CreditNoteIssued) received.event();
                yield allocations(e.tenantId(), e.allocations(), BigDecimal.ONE.negate(), e.issueDate(), now);
            }
            case INVOICE_VOIDED -> {
                InvoiceVoided e = (InvoiceVoided) received.event();
                yield facts.close(e.tenantId(), e.invoiceId(), now);
            }
            case INVOICE_WRITTEN_OFF -> {
                InvoiceWrittenOff e = (InvoiceWrittenOff) received.event();
                yield e.openAmountAfter().amount().signum() == 0
                        ? facts.close(e.tenantId(), e.invoiceId(), now)
                        : facts.writeOff(e.tenantId(), e.invoiceId(), e.writtenOffAmount().amount(), now);
            }
            case DISPUTE_OPENED -> {
                DisputeOpened e = (DisputeOpened) received.event();
                yield facts.recordDispute(e.tenantId(), e.disputeId(), e.invoiceId(), e.disputedAmount().amount(), "OPEN");
            }
            case DISPUTE_RESOLVED -> {
                DisputeResolved e = (DisputeResolved) received.event();
                yield facts.recordDispute(e.tenantId(), e.disputeId(), e.invoiceId(), e.disputedAmount().amount(), e.outcome());
            }
            case PROMISE_TO_PAY_MADE -> {
                PromiseToPayMade e = (PromiseToPayMade) received.event();
                yield facts.recordPromise(e.tenantId(), e.promiseId(), e.customerId(), e.promisedDate(), e.promisedAmount(),
                        e.invoiceIds(), e.source());
            }
            case PAYMENT_PLAN_AGREED -> facts.recordPlan((PaymentPlanAgreed) received.event());
            case CUSTOMER_UPSERTED -> facts.upsertProfile((CustomerUpserted) received.event(), now);
            // This engine's own events and those of other domains change no fact it keeps.
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> allocations(String tenantId, List<PaymentReceived.Allocation> allocations, BigDecimal sign, LocalDate on,
                                  Instant now) {
        return Multi.createFrom().iterable(allocations)
                .onItem().transformToUniAndConcatenate(a -> facts.changeOpen(tenantId, a.invoiceId(),
                        a.installmentNumber() == null ? 1 : a.installmentNumber(), a.amount().amount().multiply(sign), on, now))
                .collect().last().replaceWithVoid();
    }
}
