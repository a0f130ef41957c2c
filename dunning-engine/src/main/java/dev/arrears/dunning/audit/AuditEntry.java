package dev.arrears.dunning.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One fact of a customer's dunning record: what happened, to which invoice and installment, under which
 * policy step, and why. {@code id} is null until the entry is stored; the invoice, policy and step fields
 * are null where the fact is about the customer as a whole.
 */
public record AuditEntry(Long id, String tenantId, String customerId, String invoiceId, String invoiceNumber,
                         Integer installmentNumber, Instant recordedAt, String policyId, Integer policyVersion,
                         Integer stepIndex, String stepName, AuditKind kind, String reason, String eventId) {

    public AuditEntry {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        // PostgreSQL keeps microseconds: an entry equals what is stored, and the CSV of either is the same.
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    }
}
