package dev.arrears.notification.dispatch;

import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.db.Json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a ReminderDue or EscalationRaised asks of this service: the channels to try in order, and what to render.
 *
 * @param language the reminder's language, or {@code null} to use the customer's (escalations name none)
 * @param recordOnly why nothing is sent (an agency hand-off, a service block...), or {@code null}
 */
public record Plan(String sourceEventId, String tenantId, String customerId, EventType type, List<Channel> channels, String templateId,
                   Tone tone, String language, PolicyStep step, List<DunnedItem> items, List<Money> totalsOverdue, String recordOnly) {

    /** The letter template escalations are rendered with. */
    public static final String FINAL_NOTICE_TEMPLATE = "final-notice";

    public Plan {
        channels = List.copyOf(channels);
        items = List.copyOf(items);
        totalsOverdue = List.copyOf(totalsOverdue);
    }

    /** The plan of a consumed event's payload. */
    public static Plan of(EventType type, String payload) {
        return switch (type) {
            case REMINDER_DUE -> of(Json.read(payload, ReminderDue.class));
            case ESCALATION_RAISED -> of(Json.read(payload, EscalationRaised.class));
            default -> throw new IllegalArgumentException(type + " is not dispatched");
        };
    }

    static Plan of(ReminderDue r) {
        return new Plan(r.reminderId(), r.tenantId(), r.customerId(), EventType.REMINDER_DUE, r.channels(), r.templateId(), r.tone(),
                r.language(), r.step(), r.items(), r.totalsOverdue(), null);
    }

    /** A letter escalation becomes a final-notice letter; a call task is the engine's worklist; the rest is recorded. */
    static Plan of(EscalationRaised e) {
        List<Channel> channels = switch (e.kind()) {
            case LETTER -> List.of(Channel.LETTER);
            case CALL_TASK -> List.of(Channel.CALL_TASK);
            default -> List.of();
        };
        String recordOnly = channels.isEmpty() ? e.kind() + " (" + e.reason() + "): nothing for this service to send" : null;
        return new Plan(e.escalationId(), e.tenantId(), e.customerId(), EventType.ESCALATION_RAISED, channels, FINAL_NOTICE_TEMPLATE,
                Tone.FINAL_NOTICE, null, e.step(), e.items(), totals(e.items()), recordOnly);
    }

    /** Per currency, what is overdue: the same totals a ReminderDue carries. */
    public static List<Money> totals(List<DunnedItem> items) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        items.stream().filter(i -> i.daysOverdue() > 0)
                .forEach(i -> totals.merge(i.openAmount().currency(), i.openAmount().amount(), BigDecimal::add));
        return totals.entrySet().stream().map(t -> Money.atCurrencyScale(t.getValue(), t.getKey())).toList();
    }
}
