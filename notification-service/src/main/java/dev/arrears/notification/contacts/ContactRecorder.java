package dev.arrears.notification.contacts;

import dev.arrears.contracts.EventReader.ReceivedEvent;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.notification.db.ProcessedEvents;
import dev.arrears.notification.dispatch.Dispatches;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps customers' contact data in step with CustomerUpserted, exactly once per event (the id is recorded in the
 * same transaction), and wakes the customer's waiting dispatches: new consent, a new address or the master data a
 * reminder was waiting for may let it go out now.
 */
@ApplicationScoped
public class ContactRecorder {

    private final Contacts contacts;
    private final ProcessedEvents processedEvents;
    private final Dispatches dispatches;
    private final Clock clock;

    ContactRecorder(Contacts contacts, ProcessedEvents processedEvents, Dispatches dispatches, Clock clock) {
        this.contacts = contacts;
        this.processedEvents = processedEvents;
        this.dispatches = dispatches;
        this.clock = clock;
    }

    /** Applies the event unless it was applied before; answers whether it was new. */
    @WithTransaction
    public Uni<Boolean> record(ReceivedEvent received) {
        CustomerUpserted customer = (CustomerUpserted) received.event();
        Instant now = clock.instant();
        return processedEvents.markProcessed(received.id(), received.type().type(), now)
                .call(isNew -> isNew ? contacts.replace(customer, received.id(), now)
                        .chain(() -> dispatches.wake(customer.tenantId(), customer.customerId(), now))
                        : Uni.createFrom().voidItem());
    }
}
