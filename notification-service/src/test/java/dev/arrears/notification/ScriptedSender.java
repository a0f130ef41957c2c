package dev.arrears.notification;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.ledger.SendConfirmation;
import dev.arrears.notification.mailbox.MailboxSender;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;

import java.time.Duration;
import java.util.Optional;

/**
 * A configured provider for tests, so the pipeline picks it over the mailbox: delivers to the local mailbox unless
 * the {@link Script} says otherwise for the recipient. A test double of our own sender interface, not of a provider.
 */
abstract class ScriptedSender implements ChannelSender, SendConfirmation {

    static final String PROVIDER = "scripted";

    private final Script script;
    private final MailboxSender mailbox;

    ScriptedSender(Script script, MailboxSender mailbox) {
        this.script = script;
        this.mailbox = mailbox;
    }

    @Override
    public Channel channel() {
        return mailbox.channel();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** Steps aside where a test profile configures the real provider of its channel, as the tests of the providers do. */
    @Override
    public boolean configured() {
        return CDI.current().select(ChannelSender.class, Any.Literal.INSTANCE).stream()
                .filter(sender -> sender.channel() == channel() && sender.shippedProvider())
                .noneMatch(ChannelSender::configured);
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        int call = script.called(message.messageId());
        Script.Behaviour behaviour = script.behaviour(message.to());
        if (behaviour == null) {
            return mailbox.send(message);
        }
        return switch (behaviour) {
            case PERMANENT -> SendOutcome.permanent("550 5.1.1 unknown recipient " + message.to());
            case UNAVAILABLE -> SendOutcome.retryable("503 Service Unavailable", Duration.ofSeconds(1));
            case HANG_AFTER_DELIVERY -> {
                SendOutcome outcome = mailbox.send(message);
                script.hang();
                yield outcome;
            }
            case HANG_UNCONFIRMABLE -> {
                if (call > 1) {
                    yield mailbox.send(message);
                }
                script.hang();
                yield SendOutcome.accepted("provider-" + message.messageId());
            }
        };
    }

    @Override
    public Optional<String> acceptedAs(String messageId) {
        return mailbox.acceptedAs(messageId);
    }
}
