package dev.arrears.analytics.domain.engagement;

import dev.arrears.analytics.domain.ledger.DatedEvent;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.notification.NotificationBounced;
import dev.arrears.contracts.notification.NotificationClicked;
import dev.arrears.contracts.notification.NotificationDelivered;
import dev.arrears.contracts.notification.NotificationFailed;
import dev.arrears.contracts.notification.NotificationOpened;
import dev.arrears.contracts.notification.NotificationSent;

import java.util.Optional;

/** Turns notification events into the facts of the message they are about; other events are about no message. */
public final class NotificationFacts {

    private NotificationFacts() {
    }

    /** The message {@code dated} is about, if it is a notification event about one. */
    public static Optional<String> messageOf(DatedEvent dated) {
        return Optional.ofNullable(switch (dated.type()) {
            case NOTIFICATION_SENT -> ((NotificationSent) dated.event()).messageId();
            case NOTIFICATION_DELIVERED -> ((NotificationDelivered) dated.event()).messageId();
            case NOTIFICATION_OPENED -> ((NotificationOpened) dated.event()).messageId();
            case NOTIFICATION_CLICKED -> ((NotificationClicked) dated.event()).messageId();
            case NOTIFICATION_BOUNCED -> ((NotificationBounced) dated.event()).messageId();
            case NOTIFICATION_FAILED -> ((NotificationFailed) dated.event()).messageId();
            default -> null;
        });
    }

    public static MessageFacts apply(DatedEvent dated, MessageFacts message) {
        switch (dated.type()) {
            case NOTIFICATION_SENT -> {
                NotificationSent e = (NotificationSent) dated.event();
                return described(message, e.channel(), e.step(), e.templateUsed()).sent(e.sentAt());
            }
            case NOTIFICATION_DELIVERED -> {
                NotificationDelivered e = (NotificationDelivered) dated.event();
                return described(message, e.channel(), e.step(), e.templateUsed()).delivered(e.deliveredAt());
            }
            case NOTIFICATION_OPENED -> {
                NotificationOpened e = (NotificationOpened) dated.event();
                return described(message, e.channel(), e.step(), e.templateUsed()).opened(e.openedAt());
            }
            case NOTIFICATION_CLICKED -> {
                NotificationClicked e = (NotificationClicked) dated.event();
                return described(message, e.channel(), e.step(), e.templateUsed()).clicked(e.clickedAt());
            }
            case NOTIFICATION_BOUNCED -> {
                NotificationBounced e = (NotificationBounced) dated.event();
                return described(message, e.channel(), e.step(), e.templateUsed()).bounced(e.bouncedAt());
            }
            case NOTIFICATION_FAILED -> {
                NotificationFailed e = (NotificationFailed) dated.event();
                return described(message, e.channel(), e.step(), e.templateUsed()).failed(e.failedAt());
            }
            default -> {
                return message;
            }
        }
    }

    private static MessageFacts described(MessageFacts message, Channel channel, PolicyStep step, String templateUsed) {
        return message.describedAs(channel == null ? null : channel.name(),
                step == null ? null : step.policyId() + "/" + step.stepName(),
                templateUsed == null ? null : templateId(templateUsed));
    }

    /** {@code reminder-firm} of {@code reminder-firm/de/FIRM/email}: the template the dunning step named. */
    static String templateId(String templateUsed) {
        int slash = templateUsed.indexOf('/');
        return slash < 0 ? templateUsed : templateUsed.substring(0, slash);
    }
}
