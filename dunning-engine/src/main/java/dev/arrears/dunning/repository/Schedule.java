package dev.arrears.dunning.repository;

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
    public record DueItem(String tenantId, String customerId, String invoiceId, int installmentNumber, Instant dueAt) {
    }

    /** Sets when an item is next evaluated, replacing any earlier due-time and releasing its lease. */
    public Uni<Void> dueAt(String tenantId, String customerId, String invoiceId, int installmentNumber, Instant dueAt) {
        return NativeSql.execute("""
                insert into dunning_schedule (tenant_id, customer_id, invoice_id, installment_number, due_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (tenant_id, invoice_id, installment_number)
                do update set due_at = excluded.due_at, claimed_by = null, claimed_until = null""",
                tenantId, customerId, invoiceId, installmentNumber, dueAt).replaceWithVoid();
    }

    /**
     * Makes every open item of the customer, every payment-plan installment still to pay and every item already
     * scheduled due at {@code now}: a fact changed, so pending steps are reconsidered (a payment cancels them) and
     * a new invoice joins the customer's next consolidated reminder.
     */
    public Uni<Void> touchCustomer(String tenantId, String customerId, Instant now) {
        return NativeSql.execute("""
                update dunning_schedule set due_at = ?3 where tenant_id = ?1 and customer_id = ?2 and due_at > ?3""",
                tenantId, customerId, now)
                .chain(() -> NativeSql.execute("""
                        insert into dunning_schedule (tenant_id, customer_id, invoice_id, installment_number, due_at)
                        select tenant_id, customer_id, invoice_id, installment_number, ?3 from dunning_item
                        where tenant_id = ?1 and customer_id = ?2 and not closed and open_amount > 0
                        on conflict (tenant_id, invoice_id, installment_number) do update set due_at = excluded.due_at""",
                        tenantId, customerId, now))
                .chain(() -> NativeSql.execute("""
                        insert into dunning_schedule (tenant_id, customer_id, invoice_id, installment_number, due_at)
                        select p.tenant_id, p.customer_id, 'plan:' || p.plan_id, n, ?3
                        from payment_plan_fact p cross join generate_series(1, p.installment_count) n
                        where p.tenant_id = ?1 and p.customer_id = ?2 and exists (
                            select 1 from dunning_item i where i.tenant_id = p.tenant_id
                              and i.invoice_id = any (string_to_array(p.invoice_ids, ','))
                              and not i.closed and i.open_amount > 0)
                        on conflict (tenant_id, invoice_id, installment_number) do update set due_at = excluded.due_at""",
                        tenantId, customerId, now))
                .replaceWithVoid();
    }

    /**
     * Leases up to {@code batch} items due at {@code now} to {@code worker} for {@code lease}, oldest first.
     * Must run in its own short transaction: the row locks only last until it commits, the lease after.
     */
    public Uni<List<DueItem>> claim(String worker, Instant now, Duration lease, int batch) {
        return NativeSql.rows("""
                        update dunning_schedule s set claimed_by = ?1, claimed_until = ?2
                        from (select tenant_id, invoice_id, installment_number from dunning_schedule
                              where due_at <= ?3 and (claimed_until is null or claimed_until < ?3)
                              order by due_at limit ?4
                              for update skip locked) due
                        where s.tenant_id = due.tenant_id and s.invoice_id = due.invoice_id
                          and s.installment_number = due.installment_number
                        returning s.tenant_id, s.customer_id, s.invoice_id, s.installment_number, s.due_at""",
                        worker, now.plus(lease), now, batch)
                .map(rows -> rows.stream().map(r -> new DueItem((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), NativeSql.instant(r[4]))).toList());
    }

    /** Removes an item that needs no further evaluation (settled, or its ladder is exhausted). */
    public Uni<Void> remove(String tenantId, String invoiceId, int installmentNumber) {
        return NativeSql.execute("delete from dunning_schedule where tenant_id = ?1 and invoice_id = ?2 and installment_number = ?3",
                tenantId, invoiceId, installmentNumber).replaceWithVoid();
    }

    /** The items of a customer due at or before {@code now}: the ones a run on their behalf is about. */
    public Uni<List<DueItem>> dueOfCustomer(String tenantId, String customerId, Instant now) {
        return NativeSql.rows("""
                        select tenant_id, customer_id, invoice_id, installment_number, due_at from dunning_schedule
                        where tenant_id = ?1 and customer_id = ?2 and due_at <= ?3""", tenantId, customerId, now)
                .map(rows -> rows.stream().map(r -> new DueItem((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), NativeSql.instant(r[4]))).toList());
    }
}
