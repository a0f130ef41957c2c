package dev.arrears.analytics.domain.ledger;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.EventType;

import java.time.Instant;

/**
 * A consumed event with its envelope id, type and time ({@code ce_time}); the time dates facts whose
 * payload names no date of its own (a void, a write-off, an escalation).
 */
public record DatedEvent(String id, EventType type, Instant time, ArrearsEvent event) {

    public static DatedEvent of(String id, Instant time, ArrearsEvent event) {
        return new DatedEvent(id, EventType.of(event), time, event);
    }

    @SuppressWarnings("unchecked")
    <T extends ArrearsEvent> T as(Class<T> payload) {
        return (T) event;
    }
}
