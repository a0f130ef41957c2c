package dev.arrears.contracts.dunning;

import dev.arrears.contracts.ArrearsEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A dunning step escalated the customer's items beyond a reminder: a call task for a collector, a final
 * notice letter, a hand-off to a collection agency, a service block or a write-off proposal.
 *
 * @param assignedTeam the team a call task goes to, or {@code null}
 * @param dueDate when the escalation's work is due, or {@code null}
 */
public record EscalationRaised(
        String tenantId,
        String customerId,
        String escalationId,
        EscalationKind kind,
        PolicyStep step,
        String reason,
        List<DunnedItem> items,
        String assignedTeam,
        LocalDate dueDate) implements ArrearsEvent {

    public EscalationRaised {
        items = List.copyOf(items);
    }
}
