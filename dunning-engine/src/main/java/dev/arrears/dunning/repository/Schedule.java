package dev.arrears.dunning.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Durable due-times of dunning items in PostgreSQL. Replicas share the work by claiming batches with
 * {@code FOR UPDATE SKIP LOCKED}: a row locked or leased by one replica is invisible to the others.
 */
@ApplicationScoped
public class Schedule {

    /** An item whose evaluation is due. */
    public record DueItem(String tenantId, String invoiceId, int installmentNumber, Instant dueAt) {
    }

    /** Sets when an item is next evaluated, replacing any earlier due-time and releasing its lease. */
    public Uni<Void> dueAt(String tenantId, String invoiceId, int installmentNumber, Instant dueAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into dunning_schedule (tenant_id, invoice_id, installment_number, due_at) values (?1, ?2, ?3, ?4)
                        on conflict (tenant_id, invoice_id, installment_number)
                        do update set due_at = excluded.due_at, claimed_by = null, claimed_until = null""")
                .setParameter(1, tenantId)
                .setParameter(2, invoiceId)
                .setParameter(3, installmentNumber)
                .setParameter(4, dueAt)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Leases up to {@code batch} items due at {@code now} to {@code worker} for {@code lease}, oldest first.
     * Must run in its own short transaction: the row locks only last until it commits, the lease after.
     */
    public Uni<List<DueItem>> claim(String worker, Instant now, Duration lease, int batch) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        update dunning_schedule s set claimed_by = ?1, claimed_until = ?2
                        from (select tenant_id, invoice_id, installment_number from dunning_schedule
                              where due_at <= ?3 and (claimed_until is null or claimed_until < ?3)
                              order by due_at limit ?4
                              for update skip locked) due
                        where s.tenant_id = due.tenant_id and s.invoice_id = due.invoice_id
                          and s.installment_number = due.installment_number
                        returning s.tenant_id, s.invoice_id, s.installment_number, s.due_at""", Object[].class)
                .setParameter(1, worker)
                .setParameter(2, now.plus(lease))
                .setParameter(3, now)
                .setParameter(4, batch)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new DueItem((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        toInstant(r[3]))).toList());
    }

    /** Removes an item that needs no further evaluation (settled, or its ladder is exhausted). */
    public Uni<Void> remove(String tenantId, String invoiceId, int installmentNumber) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from dunning_schedule where tenant_id = ?1 and invoice_id = ?2 and installment_number = ?3")
                .setParameter(1, tenantId)
                .setParameter(2, invoiceId)
                .setParameter(3, installmentNumber)
                .executeUpdate()).replaceWithVoid();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
