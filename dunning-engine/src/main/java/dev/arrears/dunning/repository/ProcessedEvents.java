package dev.arrears.dunning.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;

/**
 * The log of processed event ids. Called inside the transaction of the event's effect, so the effect
 * and the record that it happened commit or roll back together.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final Mutiny.SessionFactory sessions;

    ProcessedEvents(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Records the id and answers true, or answers false when it was processed before. */
    public Uni<Boolean> markProcessed(String eventId, String eventType, Instant at) {
        return sessions.withSession(session -> session.createNativeQuery("""
                        insert into processed_event (event_id, event_type, processed_at) values (?1, ?2, ?3)
                        on conflict (event_id) do nothing""")
                .setParameter(1, eventId)
                .setParameter(2, eventType)
                .setParameter(3, at)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
