package dev.arrears.notification.dispatch;

import dev.arrears.contracts.EventType;

import java.time.Instant;

/**
 * One ReminderDue or EscalationRaised on its way to the customer.
 *
 * @param version bumped by every change; a worker writes only over the version it read
 * @param note why it waits, or how it ended
 */
public record Dispatch(String sourceEventId, String tenantId, String customerId, EventType sourceType, ConsumedRecord record,
                       DispatchStatus status, Instant dueAt, String note, int version, Instant createdAt, Instant updatedAt,
                       Instant deadLetteredAt) {

    public Plan plan() {
        return Plan.of(sourceType, record.value());
    }
}
