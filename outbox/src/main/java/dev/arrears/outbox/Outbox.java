package dev.arrears.outbox;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to the service's outbox table inside the caller's transaction. This is the only way a
 * service publishes: the event exists if and only if the state change that caused it committed.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxConfig config;
    private final Clock clock;

    Outbox(OutboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Appends {@code event} with a new random id; for effects that must be deduplicated, pass an id. */
    public Uni<EventEnvelope> append(ArrearsEvent event, String subject) {
        return append(UUID.randomUUID().toString(), event, subject);
    }

    /** Appends {@code event} under {@code eventId}; appending the same id twice fails the transaction. */
    public Uni<EventEnvelope> append(String eventId, ArrearsEvent event, String subject) {
        // Every event names its subject: a null column would become a header only in Kafka Connect mode.
        java.util.Objects.requireNonNull(subject, "subject");
        EventEnvelope envelope = new EventEnvelope(eventId, EventType.of(event), config.source(), clock.instant(), subject, event);
        return append(envelope).replaceWith(envelope);
    }

    /** Must run inside a transaction ({@code @WithTransaction}); fails otherwise. */
    public Uni<Void> append(EventEnvelope envelope) {
        Map<String, String> headers = envelope.headers();
        String payload = json(envelope.data());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into outbox (ce_id, ce_type, ce_source, ce_time, ce_subject, ce_specversion, ce_dataschema,
                                            content_type, topic, record_key, payload)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, headers.get(CloudEventHeaders.ID))
                .setParameter(2, headers.get(CloudEventHeaders.TYPE))
                .setParameter(3, headers.get(CloudEventHeaders.SOURCE))
                .setParameter(4, headers.get(CloudEventHeaders.TIME))
                .setParameter(5, headers.get(CloudEventHeaders.SUBJECT))
                .setParameter(6, headers.get(CloudEventHeaders.SPEC_VERSION))
                .setParameter(7, headers.get(CloudEventHeaders.DATA_SCHEMA))
                .setParameter(8, headers.get(CloudEventHeaders.CONTENT_TYPE))
                .setParameter(9, envelope.topic())
                .setParameter(10, envelope.key())
                .setParameter(11, payload)
                .executeUpdate()
                .replaceWithVoid());
    }

    private static String json(ArrearsEvent event) {
        try {
            return ArrearsJson.mapper().writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
