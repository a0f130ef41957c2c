package dev.arrears.notification.events;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.ContactOptedOut;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.contracts.notification.NotificationBounced;
import dev.arrears.contracts.notification.NotificationClicked;
import dev.arrears.contracts.notification.NotificationDelivered;
import dev.arrears.contracts.notification.NotificationFailed;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.contracts.notification.NotificationOpened;
import dev.arrears.contracts.notification.NotificationSent;
import dev.arrears.notification.ledger.MessageIds;
import dev.arrears.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Publishes what became of each message on arrears.notification.events, through the outbox, in the caller's
 * transaction (the one that changed the ledger). Event ids derive from what they report, and callers publish only on
 * a ledger transition, so a fact is published once however often it is learnt.
 */
@ApplicationScoped
public class NotificationEvents {

    private final Outbox outbox;

    NotificationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> sent(MessageRef m, Instant at) {
        return append(MessageIds.derived("NotificationSent", m.messageId()), m, new NotificationSent(m.tenantId(), m.customerId(),
                m.messageId(), m.sourceEventId(), m.channel(), masked(m), hash(m), m.provider(), m.providerMessageId(), m.templateUsed(),
                m.step(), at));
    }

    public Uni<Void> delivered(MessageRef m, Instant at) {
        return append(MessageIds.derived("NotificationDelivered", m.messageId()), m, new NotificationDelivered(m.tenantId(),
                m.customerId(), m.messageId(), m.sourceEventId(), m.channel(), masked(m), hash(m), m.provider(), m.providerMessageId(),
                m.templateUsed(), m.step(), at));
    }

    /** Opens repeat: each distinct report is an event, under the report's own id. */
    public Uni<Void> opened(String reportId, MessageRef m, Instant at) {
        return append(reportId, m, new NotificationOpened(m.tenantId(), m.customerId(), m.messageId(), m.sourceEventId(), m.channel(),
                masked(m), hash(m), m.provider(), m.providerMessageId(), m.templateUsed(), m.step(), at));
    }

    public Uni<Void> clicked(String reportId, MessageRef m, String url, Instant at) {
        return append(reportId, m, new NotificationClicked(m.tenantId(), m.customerId(), m.messageId(), m.sourceEventId(), m.channel(),
                masked(m), hash(m), m.provider(), m.providerMessageId(), m.templateUsed(), m.step(), url, at));
    }

    public Uni<Void> failed(MessageRef m, NotificationFailure failure, String reason, Instant at) {
        return append(MessageIds.derived("NotificationFailed", m.messageId()), m, new NotificationFailed(m.tenantId(), m.customerId(),
                m.messageId(), m.sourceEventId(), m.channel(), masked(m), hash(m), m.provider(), m.providerMessageId(), m.templateUsed(),
                m.step(), failure, reason == null || reason.isBlank() ? failure.name() : reason, at));
    }

    public Uni<Void> bounced(MessageRef m, String reason, Instant at) {
        return append(MessageIds.derived("NotificationBounced", m.messageId()), m, new NotificationBounced(m.tenantId(), m.customerId(),
                m.messageId(), m.sourceEventId(), m.channel(), masked(m), hash(m), m.provider(), m.providerMessageId(), m.templateUsed(),
                m.step(), reason == null || reason.isBlank() ? "bounced" : reason, at));
    }

    /** @param messageId the message answered, or {@code null}; likewise its source event */
    public Uni<Void> optedOut(String tenantId, String customerId, Channel channel, String address, String provider, String reason,
                              String messageId, String sourceEventId, Instant at) {
        ContactOptedOut event = new ContactOptedOut(tenantId, customerId, channel, NotificationAddresses.mask(address),
                NotificationAddresses.hash(tenantId, customerId, address), provider, reason, messageId, sourceEventId, at);
        return outbox.append(MessageIds.derived("ContactOptedOut", tenantId, customerId, channel.name(), address, at.toString()), event,
                "contact/" + channel.name().toLowerCase(java.util.Locale.ROOT)).replaceWithVoid();
    }

    private Uni<Void> append(String eventId, MessageRef m, ArrearsEvent event) {
        return outbox.append(eventId, event, "message/" + m.messageId()).replaceWithVoid();
    }

    private static String masked(MessageRef m) {
        return NotificationAddresses.mask(m.address());
    }

    private static String hash(MessageRef m) {
        return NotificationAddresses.hash(m.tenantId(), m.customerId(), m.address());
    }
}
