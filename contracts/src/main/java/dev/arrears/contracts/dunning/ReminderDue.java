package dev.arrears.contracts.dunning;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.util.List;

/**
 * A customer is to be reminded now of the listed items.
 *
 * <p>{@link #reminderId()} is deterministic from the items and the policy step, so a re-run of the same
 * step produces the same id and the notification ledger sends it at most once.
 */
public record ReminderDue(
        String tenantId,
        String customerId,
        String reminderId,
        PolicyStep step,
        Tone tone,
        String templateId,
        String language,
        List<Channel> channels,
        List<DunnedItem> items,
        List<Money> totalsOverdue,
        Instant scheduledFor) implements ArrearsEvent {

    public ReminderDue {
        channels = List.copyOf(channels);
        items = List.copyOf(items);
        totalsOverdue = List.copyOf(totalsOverdue);
    }
}
