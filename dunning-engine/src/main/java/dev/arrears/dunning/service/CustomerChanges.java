package dev.arrears.dunning.service;

import dev.arrears.dunning.audit.AuditEntry;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.audit.AuditTrail;
import dev.arrears.dunning.repository.CustomerLock;
import dev.arrears.dunning.repository.Schedule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Applies a change people make to a customer's dunning (a hold, a call outcome) the way invoice facts are
 * applied: under the customer's lock, with its evidence, and with the customer's items made due, so the
 * next run reflects it at once.
 */
@ApplicationScoped
public class CustomerChanges {

    private final Schedule schedule;
    private final AuditTrail auditTrail;

    CustomerChanges(Schedule schedule, AuditTrail auditTrail) {
        this.schedule = schedule;
        this.auditTrail = auditTrail;
    }

    /** Must run in a transaction. */
    public <T> Uni<T> apply(String tenantId, String customerId, AuditKind kind, String invoiceId, String reason, Instant now,
                            Supplier<Uni<T>> change) {
        return CustomerLock.acquire(tenantId, customerId)
                .chain(() -> change.get())
                .call(() -> auditTrail.append(List.of(new AuditEntry(null, tenantId, customerId, invoiceId, null, null, now, null, null,
                        null, null, kind, reason, null))))
                .call(() -> schedule.touchCustomer(tenantId, customerId, now));
    }
}
