package dev.arrears.notification.dispatch;

import dev.arrears.contracts.EventReader.ReceivedEvent;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.notification.db.ProcessedEvents;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Turns a consumed ReminderDue or EscalationRaised into a dispatch, exactly once: the event id is recorded in the
 * same transaction, and the dispatch is keyed by the reminder's own (deterministic) id, so neither a redelivery nor
 * a re-run of the same dunning step makes a second one. Sends nothing itself: the consumer stays fast and a
 * partition is never held up by a slow provider or a quiet-hours wait.
 */
@ApplicationScoped
public class DispatchRecorder {

    private final Dispatches dispatches;
    private final ProcessedEvents processedEvents;
    private final Clock clock;

    DispatchRecorder(Dispatches dispatches, ProcessedEvents processedEvents, Clock clock) {
        this.dispatches = dispatches;
        this.processedEvents = processedEvents;
        this.clock = clock;
    }

    /** Answers whether a new dispatch was recorded. */
    @WithTransaction
    public Uni<Boolean> record(ReceivedEvent received, ConsumedRecord record) {
        Instant now = clock.instant();
        String sourceEventId = received.event() instanceof ReminderDue r ? r.reminderId()
                : ((EscalationRaised) received.event()).escalationId();
        return processedEvents.markProcessed(received.id(), received.type().type(), now)
                .chain(isNew -> isNew ? dispatches.open(sourceEventId, received.event().tenantId(), received.event().customerId(),
                        received.type(), record, now) : Uni.createFrom().item(false));
    }
}
