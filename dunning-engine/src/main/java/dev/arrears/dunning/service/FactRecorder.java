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
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.contracts.invoice.PaymentReversed;
import dev.arrears.contracts.invoice.PromiseToPayMade;
import dev.arrears.dunning.repository.DunningFacts;
import dev.arrears.dunning.repository.ProcessedEvents;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the engine's facts in step with arrears.invoice.events, exactly once per event: the event id is
 * recorded in the same transaction as its effect, so a redelivered or replayed event changes nothing.
 */
@ApplicationScoped
public class FactRecorder {

    private final DunningFacts facts;
    private final ProcessedEvents processedEvents;
    private final Clock clock;

    FactRecorder(DunningFacts facts, ProcessedEvents processedEvents, Clock clock) {
        this.facts = facts;
        this.processedEvents = processedEvents;
        this.clock = clock;
    }

    /** Applies the event unless it was applied before; answers whether it was new. */
    @WithTransaction
    public Uni<Boolean> record(ReceivedEvent received) {
        Instant now = clock.instant();
        return processedEvents.markProcessed(received.id(), received.type().type(), now)
                .call(isNew -> isNew ? apply(received, now) : Uni.createFrom().voidItem());
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
                yield allocations(e.tenantId(), e.allocations(), BigDecimal.ONE.negate(), now);
            }
            case PAYMENT_REVERSED -> {
                PaymentReversed e = (PaymentReversed) received.event();
                yield allocations(e.tenantId(), e.reversedAllocations(), BigDecimal.ONE, now);
            }
            case CREDIT_NOTE_ISSUED -> {
                CreditNoteIssued e = (CreditNoteIssued) received.event();
                yield allocations(e.tenantId(), e.allocations(), BigDecimal.ONE.negate(), now);
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
                yield facts.recordPromise(e.tenantId(), e.promiseId(), e.customerId(), e.promisedDate(), e.promisedAmount(), e.invoiceIds());
            }
            case CUSTOMER_UPSERTED -> {
                CustomerUpserted e = (CustomerUpserted) received.event();
                yield facts.upsertProfile(e.tenantId(), e.customerId(), e.legalName(), e.language(), e.timeZone(), e.country(),
                        e.segment().riskClass(), e.consent().email(), e.consent().sms(), e.consent().voice(), now);
            }
            // Payment plans, and this engine's own events, are applied by the dunning issue's scheduler.
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> allocations(String tenantId, List<PaymentReceived.Allocation> allocations, BigDecimal sign, Instant now) {
        return Multi.createFrom().iterable(allocations)
                .onItem().transformToUniAndConcatenate(a -> facts.changeOpen(tenantId, a.invoiceId(),
                        a.installmentNumber() == null ? 1 : a.installmentNumber(), a.amount().amount().multiply(sign), now))
                .collect().last().replaceWithVoid();
    }
}
