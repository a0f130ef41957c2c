package dev.arrears.dunning.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The append-only store of audit entries. Appends join the caller's transaction, so an entry commits or
 * rolls back with the decision it records; the database refuses to change or delete one.
 */
@ApplicationScoped
public class AuditTrail {

    private static final List<String> COLUMNS = List.of("tenant_id", "customer_id", "invoice_id", "invoice_number",
            "installment_number", "recorded_at", "policy_id", "policy_version", "step_index", "step_name", "kind", "reason",
            "event_id");

    /**
     * PostgreSQL binds at most 65,535 parameters per statement; 1,000 rows (13,000 parameters) stay well under
     * it, and a larger append takes several statements of the same transaction.
     */
    static final int ROWS_PER_STATEMENT = 1_000;

    /** Stores the entries in the given order, which is the order {@link #ofCustomer} returns them in. */
    public Uni<Void> append(List<AuditEntry> entries) {
        int statements = (entries.size() + ROWS_PER_STATEMENT - 1) / ROWS_PER_STATEMENT;
        return Multi.createFrom().range(0, statements)
                .onItem().transformToUniAndConcatenate(i -> insert(entries.subList(i * ROWS_PER_STATEMENT,
                        Math.min(entries.size(), (i + 1) * ROWS_PER_STATEMENT))))
                .collect().last().replaceWithVoid();
    }

    /** A customer's entries, oldest first. */
    public Uni<List<AuditEntry>> ofCustomer(String tenantId, String customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("select id, " + String.join(", ", COLUMNS)
                        + " from audit_entry where tenant_id = ?1 and customer_id = ?2 order by id", Object[].class)
                .setParameter(1, tenantId)
                .setParameter(2, customerId)
                .getResultList())
                .map(rows -> rows.stream().map(AuditTrail::entry).toList());
    }

    private static Uni<Integer> insert(List<AuditEntry> rows) {
        String values = IntStream.range(0, rows.size())
                .mapToObj(row -> IntStream.rangeClosed(1, COLUMNS.size())
                        .mapToObj(column -> "?" + (row * COLUMNS.size() + column))
                        .collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(", "));
        return Panache.getSession().chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(
                    "insert into audit_entry (" + String.join(", ", COLUMNS) + ") values " + values);
            int position = 1;
            for (AuditEntry e : rows) {
                for (Object value : new Object[]{e.tenantId(), e.customerId(), e.invoiceId(), e.invoiceNumber(),
                        e.installmentNumber(), e.recordedAt(), e.policyId(), e.policyVersion(), e.stepIndex(), e.stepName(),
                        e.kind().name(), e.reason(), e.eventId()}) {
                    query.setParameter(position++, value);
                }
            }
            return query.executeUpdate();
        });
    }

    private static AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (Integer) r[5], ((OffsetDateTime) r[6]).toInstant(), (String) r[7], (Integer) r[8], (Integer) r[9],
                (String) r[10], AuditKind.valueOf((String) r[11]), (String) r[12], (String) r[13]);
    }
}
