package dev.arrears.outbox;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Appends events to the service's outbox table inside the caller's transaction. This is the only way a
 * service publishes: the event exists if and only if the state change that caused it committed.
 */
@ApplicationScoped
public class Outbox {

    /** Columns per outbox row; PostgreSQL allows 65,535 parameters per statement. */
    private static final int COLUMNS = 11;
    private static final int ROWS_PER_STATEMENT = 1000;

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
        EventEnvelope envelope = envelope(eventId, event, subject);
        return append(envelope).replaceWith(envelope);
    }

    /** The envelope this service would publish {@code event} in, with a new random id. */
    public EventEnvelope envelope(ArrearsEvent event, String subject) {
        return envelope(UUID.randomUUID().toString(), event, subject);
    }

    /** The envelope this service would publish {@code event} in under {@code eventId}, for {@link #appendAll}. */
    public EventEnvelope envelope(String eventId, ArrearsEvent event, String subject) {
        // Every event names its subject: a null column would become a header only in Kafka Connect mode.
        Objects.requireNonNull(subject, "subject");
        return new EventEnvelope(eventId, EventType.of(event), config.source(), clock.instant(), subject, event);
    }

    /** Must run inside a transaction ({@code @WithTransaction}); fails otherwise. */
    public Uni<Void> append(EventEnvelope envelope) {
        return appendAll(List.of(envelope));
    }

    /**
     * Appends many events with one statement per {@value #ROWS_PER_STATEMENT} rows, for bulk work where a
     * round trip per event would dominate. Same transaction rules as {@link #append(EventEnvelope)}.
     */
    public Uni<Void> appendAll(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<List<EventEnvelope>> statements = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i += ROWS_PER_STATEMENT) {
            statements.add(envelopes.subList(i, Math.min(envelopes.size(), i + ROWS_PER_STATEMENT)));
        }
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(statements)
                .onItem().transformToUniAndConcatenate(rows -> insert(session, rows))
                .collect().last()
                .replaceWithVoid());
    }

    private static Uni<Integer> insert(Mutiny.Session session, List<EventEnvelope> rows) {
        StringBuilder sql = new StringBuilder("""
                insert into outbox (ce_id, ce_type, ce_source, ce_time, ce_subject, ce_specversion, ce_dataschema,
                                    content_type, topic, record_key, payload) values""");
        for (int row = 0; row < rows.size(); row++) {
            sql.append(row == 0 ? " (" : ", (");
            for (int column = 1; column <= COLUMNS; column++) {
                sql.append('?').append(row * COLUMNS + column).append(column < COLUMNS ? ", " : ")");
            }
        }
        Mutiny.MutationQuery query = session.createNativeQuery(sql.toString());
        for (int row = 0; row < rows.size(); row++) {
            EventEnvelope envelope = rows.get(row);
            Map<String, String> headers = envelope.headers();
            int at = row * COLUMNS;
            query.setParameter(at + 1, headers.get(CloudEventHeaders.ID))
                    .setParameter(at + 2, headers.get(CloudEventHeaders.TYPE))
                    .setParameter(at + 3, headers.get(CloudEventHeaders.SOURCE))
                    .setParameter(at + 4, headers.get(CloudEventHeaders.TIME))
                    .setParameter(at + 5, headers.get(CloudEventHeaders.SUBJECT))
                    .setParameter(at + 6, headers.get(CloudEventHeaders.SPEC_VERSION))
                    .setParameter(at + 7, headers.get(CloudEventHeaders.DATA_SCHEMA))
                    .setParameter(at + 8, headers.get(CloudEventHeaders.CONTENT_TYPE))
                    .setParameter(at + 9, envelope.topic())
                    .setParameter(at + 10, envelope.key())
                    .setParameter(at + 11, json(envelope.data()));
        }
        return query.executeUpdate();
    }

    private static String json(ArrearsEvent event) {
        try {
            return ArrearsJson.mapper().writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
