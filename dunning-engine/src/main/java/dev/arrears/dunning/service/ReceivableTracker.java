package dev.arrears.dunning.service;

import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.dunning.domain.Receivable;
import dev.arrears.dunning.repository.ProcessedEvents;
import dev.arrears.dunning.repository.ReceivableRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Keeps the engine's view of receivables in step with arrears.invoice.events, exactly once per event. */
@ApplicationScoped
public class ReceivableTracker {

    private final ReceivableRepository receivables;
    private final ProcessedEvents processedEvents;
    private final Clock clock;

    ReceivableTracker(ReceivableRepository receivables, ProcessedEvents processedEvents, Clock clock) {
        this.receivables = receivables;
        this.processedEvents = processedEvents;
        this.clock = clock;
    }

    /** Starts tracking an issued invoice; a redelivered event changes nothing. */
    @WithTransaction
    public Uni<Boolean> onIssued(String eventId, String eventType, InvoiceIssued issued) {
        return processedEvents.markProcessed(eventId, eventType, clock.instant())
                .call(isNew -> isNew ? receivables.persist(toReceivable(eventId, issued)) : Uni.createFrom().voidItem());
    }

    private Receivable toReceivable(String eventId, InvoiceIssued issued) {
        Receivable receivable = new Receivable();
        receivable.tenantId = issued.tenantId();
        receivable.invoiceId = issued.invoiceId();
        receivable.customerId = issued.customerId();
        receivable.invoiceNumber = issued.invoiceNumber();
        receivable.issueDate = issued.issueDate();
        receivable.dueDate = issued.dueDate();
        receivable.currency = issued.openAmount().currency();
        receivable.openAmount = issued.openAmount().amount();
        receivable.lastEventId = eventId;
        receivable.updatedAt = clock.instant();
        return receivable;
    }
}
