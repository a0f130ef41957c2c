package dev.arrears.notification.dispatch;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.arrears.contracts.EventType;
import dev.arrears.notification.db.Json;
import dev.arrears.notification.db.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatch table: durable due-times of reminders on their way out. Replicas share the work by claiming due rows
 * with {@code FOR UPDATE SKIP LOCKED} and a lease; every later write is conditional on the version the worker read.
 */
@ApplicationScoped
public class Dispatches {

    private static final String COLUMNS = """
            source_event_id, tenant_id, customer_id, source_type, record_topic, record_partition, record_offset, record_key,
            record_headers, record_value, status, due_at, note, version, created_at, updated_at, dead_lettered_at""";

    /** Records a source event to dispatch, due now; answers false when it is known already (under another event id). */
    public Uni<Boolean> open(String sourceEventId, String tenantId, String customerId, EventType type, ConsumedRecord record, Instant now) {
        return NativeSql.execute("""
                        insert into dispatch (source_event_id, tenant_id, customer_id, source_type, record_topic, record_partition,
                            record_offset, record_key, record_headers, record_value, status, due_at, created_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'OPEN', ?11, ?11, ?11)
                        on conflict (source_event_id) do nothing""",
                sourceEventId, tenantId, customerId, type.type(), record.topic(), record.partition(), record.offset(), record.key(),
                Json.write(record.headers()), record.value(), now).map(n -> n == 1);
    }

    /**
     * Leases up to {@code batch} due dispatches to {@code worker}, oldest first. Must run in its own short
     * transaction: the row locks last until it commits, the lease after.
     */
    public Uni<List<String>> claim(String worker, Instant now, Duration lease, int batch) {
        return NativeSql.rows("""
                        update dispatch d set claimed_by = ?1, claimed_until = ?2
                        from (select source_event_id from dispatch
                              where status = 'OPEN' and due_at <= ?3 and (claimed_until is null or claimed_until < ?3)
                              order by due_at limit ?4
                              for update skip locked) due
                        where d.source_event_id = due.source_event_id
                        returning d.source_event_id, d.due_at""", worker, now.plus(lease), now, batch)
                .map(rows -> rows.stream().sorted(java.util.Comparator.comparing(r -> NativeSql.instant(r[1])))
                        .map(r -> (String) r[0]).toList());
    }

    public Uni<Optional<Dispatch>> find(String sourceEventId) {
        return NativeSql.rows("select " + COLUMNS + " from dispatch where source_event_id = ?1", sourceEventId)
                .map(rows -> rows.stream().map(Dispatches::dispatch).findFirst());
    }

    /** Nothing to do before {@code until}; releases the lease. False when the dispatch changed since {@code version}. */
    public Uni<Boolean> waitUntil(String sourceEventId, int version, Instant until, String why, Instant now) {
        return NativeSql.execute("""
                        update dispatch set due_at = ?3, note = ?4, version = version + 1, claimed_by = null, claimed_until = null,
                            updated_at = ?5
                        where source_event_id = ?1 and version = ?2""", sourceEventId, version, until, why, now).map(n -> n == 1);
    }

    /** Ends the dispatch; false when it changed since {@code version}. */
    public Uni<Boolean> finish(String sourceEventId, int version, DispatchStatus status, String note, Instant now) {
        return NativeSql.execute("""
                        update dispatch set status = ?3, note = ?4, version = version + 1, claimed_by = null, claimed_until = null,
                            updated_at = ?5
                        where source_event_id = ?1 and version = ?2""", sourceEventId, version, status.name(), note, now).map(n -> n == 1);
    }

    /** Gives the lease back without changing anything, so the dispatch is picked up again when due. */
    public Uni<Void> release(String sourceEventId, String worker) {
        return NativeSql.execute("update dispatch set claimed_by = null, claimed_until = null where source_event_id = ?1 and claimed_by = ?2",
                sourceEventId, worker).replaceWithVoid();
    }

    /** Something changed for the customer (master data arrived, consent given): their waiting dispatches look again now. */
    public Uni<Void> wake(String tenantId, String customerId, Instant now) {
        return NativeSql.execute("""
                        update dispatch set due_at = ?3, version = version + 1, updated_at = ?3
                        where tenant_id = ?1 and customer_id = ?2 and status = 'OPEN' and due_at > ?3""", tenantId, customerId, now)
                .replaceWithVoid();
    }

    /**
     * A message of the dispatch changed after the fact (a bounce, a late confirmation): it is looked at again now,
     * even when it was done, so a bounce falls back to the next channel. A dead-lettered one stays where it is.
     */
    public Uni<Void> reopen(String sourceEventId, Instant now) {
        return NativeSql.execute("""
                        update dispatch set status = 'OPEN', due_at = ?2, version = version + 1, updated_at = ?2
                        where source_event_id = ?1 and status in ('OPEN', 'DONE', 'UNDELIVERABLE')""", sourceEventId, now)
                .replaceWithVoid();
    }

    /**
     * An operator asks for a failed or undeliverable dispatch to be tried again (the provider is back, the customer's
     * contact data was fixed): it is open and due now. Answers false when it was neither.
     */
    public Uni<Boolean> redrive(String sourceEventId, String note, Instant now) {
        return NativeSql.execute("""
                        update dispatch set status = 'OPEN', due_at = ?2, note = ?3, version = version + 1, updated_at = ?2
                        where source_event_id = ?1 and status in ('FAILED', 'UNDELIVERABLE')""", sourceEventId, now, note)
                .map(n -> n == 1);
    }

    /** Failed dispatches whose source event is not on the dead-letter topic yet (the publish failed or the replica died). */
    public Uni<List<Dispatch>> awaitingDeadLetter() {
        return NativeSql.rows("select " + COLUMNS + " from dispatch where status = 'FAILED' and dead_lettered_at is null order by updated_at limit 100")
                .map(rows -> rows.stream().map(Dispatches::dispatch).toList());
    }

    public Uni<Void> deadLettered(String sourceEventId, Instant now) {
        return NativeSql.execute("update dispatch set dead_lettered_at = ?2 where source_event_id = ?1", sourceEventId, now).replaceWithVoid();
    }

    /** The tenant's dispatches that did not reach the customer, newest first. */
    public Uni<List<Dispatch>> failed(String tenantId, int limit) {
        return NativeSql.rows("select " + COLUMNS
                        + " from dispatch where tenant_id = ?1 and status in ('FAILED', 'UNDELIVERABLE') order by updated_at desc limit ?2",
                tenantId, limit).map(rows -> rows.stream().map(Dispatches::dispatch).toList());
    }

    private static Dispatch dispatch(Object[] r) {
        Map<String, String> headers = Json.read((String) r[8], new TypeReference<Map<String, String>>() {
        });
        return new Dispatch((String) r[0], (String) r[1], (String) r[2], EventType.ofType((String) r[3]),
                new ConsumedRecord((String) r[4], NativeSql.integer(r[5]), ((Number) r[6]).longValue(), (String) r[7], headers,
                        (String) r[9]),
                DispatchStatus.valueOf((String) r[10]), NativeSql.instant(r[11]), (String) r[12], NativeSql.integer(r[13]),
                NativeSql.instant(r[14]), NativeSql.instant(r[15]), NativeSql.instant(r[16]));
    }
}
