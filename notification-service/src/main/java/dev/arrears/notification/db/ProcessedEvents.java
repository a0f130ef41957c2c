package dev.arrears.notification.db;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The log of processed event ids. Called inside the transaction of the event's effect, so the effect and the record
 * that it happened commit or roll back together.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** Records the id and answers true, or answers false when it was processed before. */
    public Uni<Boolean> markProcessed(String eventId, String eventType, Instant at) {
        return NativeSql.execute("""
                        insert into processed_event (event_id, event_type, processed_at) values (?1, ?2, ?3)
                        on conflict (event_id) do nothing""", eventId, eventType, at)
                .map(inserted -> inserted == 1);
    }
}
