package dev.arrears.dunning.repository;

import dev.arrears.contracts.dunning.PauseReason;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Holds put on a customer's dunning by people: a manual hold, a dispute reported by phone, a payment reported made. */
@ApplicationScoped
public class Holds {

    /** A hold as stored; {@code invoiceId} null holds all the customer's items, {@code until} null until released. */
    public record Hold(String holdId, String customerId, String invoiceId, PauseReason reason, String note, LocalDate until,
                       Instant createdAt, Instant releasedAt) {
    }

    public Uni<Void> place(String tenantId, Hold hold) {
        return NativeSql.execute("""
                insert into dunning_hold (tenant_id, hold_id, customer_id, invoice_id, reason, note, until, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as date), ?8)""",
                tenantId, hold.holdId(), hold.customerId(), hold.invoiceId(), hold.reason().name(), hold.note(), hold.until(),
                hold.createdAt()).replaceWithVoid();
    }

    /** Releases a hold for good; answers false when there is no such hold still in force. */
    public Uni<Boolean> release(String tenantId, String customerId, String holdId, Instant now) {
        return NativeSql.execute("""
                update dunning_hold set released_at = ?4
                where tenant_id = ?1 and customer_id = ?2 and hold_id = ?3 and released_at is null""",
                tenantId, customerId, holdId, now).map(updated -> updated == 1);
    }

    public Uni<List<Hold>> ofCustomer(String tenantId, String customerId) {
        return NativeSql.rows(SELECT + " where tenant_id = ?1 and customer_id = ?2 order by created_at", tenantId, customerId)
                .map(rows -> rows.stream().map(Holds::hold).toList());
    }

    public Uni<Optional<Hold>> find(String tenantId, String customerId, String holdId) {
        return NativeSql.rows(SELECT + " where tenant_id = ?1 and customer_id = ?2 and hold_id = ?3", tenantId, customerId, holdId)
                .map(rows -> rows.stream().findFirst().map(Holds::hold));
    }

    private static final String SELECT = """
            select hold_id, customer_id, invoice_id, reason, note, until, created_at, released_at from dunning_hold""";

    private static Hold hold(Object[] r) {
        return new Hold((String) r[0], (String) r[1], (String) r[2], PauseReason.valueOf((String) r[3]), (String) r[4],
                (LocalDate) r[5], NativeSql.instant(r[6]), NativeSql.instant(r[7]));
    }
}
