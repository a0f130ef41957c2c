package dev.arrears.dunning.domain.run;

import dev.arrears.dunning.audit.AuditKind;

/**
 * One line of evidence a run leaves: which item, under which policy step, what was decided and why, and the
 * event it produced.
 *
 * @param item the item concerned, or {@code null} for the customer as a whole
 */
public record AuditNote(ItemKey item, String invoiceNumber, String policyId, Integer policyVersion, Integer stepIndex,
                        String stepName, AuditKind kind, String reason, String eventId) {
}
