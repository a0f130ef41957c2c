package dev.arrears.notification.message;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;

import java.util.List;

/**
 * What to render: a template in a tone for one channel, about these items, for this recipient.
 *
 * @param templateId the step's template, e.g. {@code overdue-firm}; escalations use {@code final-notice} letters
 * @param totalsOverdue per currency
 * @param fees late fees and interest charged on the listed items (LateFeeAssessed), empty when none; they are shown
 *         and added to the amount asked for, never to the items' open amounts
 */
public record RenderRequest(Channel channel, String templateId, Tone tone, Recipient recipient, List<DunnedItem> items,
                            List<Money> totalsOverdue, List<Fee> fees) {

    public RenderRequest {
        items = List.copyOf(items);
        totalsOverdue = List.copyOf(totalsOverdue);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    /** A request without fees: what a ReminderDue alone carries. */
    public RenderRequest(Channel channel, String templateId, Tone tone, Recipient recipient, List<DunnedItem> items,
                         List<Money> totalsOverdue) {
        this(channel, templateId, tone, recipient, items, totalsOverdue, List.of());
    }
}
