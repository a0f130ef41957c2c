package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.ledger.SendConfirmation;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;

import java.util.Optional;

/**
 * Delivers a channel's messages to the {@link LocalMailbox}: the sender of a channel whose provider has no
 * credentials. It can confirm what it took, so a send interrupted by a crash is settled without a second one.
 */
public abstract class MailboxSender implements ChannelSender, SendConfirmation {

    private final LocalMailbox mailbox;
    private final Channel channel;

    protected MailboxSender(LocalMailbox mailbox, Channel channel) {
        this.mailbox = mailbox;
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String provider() {
        return LocalMailbox.PROVIDER;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        return SendOutcome.accepted(mailbox.deliver(message));
    }

    @Override
    public Optional<String> acceptedAs(String messageId) {
        return mailbox.holds(messageId);
    }
}
