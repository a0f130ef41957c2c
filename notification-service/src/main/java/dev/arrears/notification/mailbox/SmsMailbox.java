package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;
import jakarta.inject.Singleton;

/** Keeps the texts that would have been sent, while no provider is configured for SMS. */
@Singleton
public class SmsMailbox extends MailboxSender {

    SmsMailbox(LocalMailbox mailbox) {
        super(mailbox, Channel.SMS);
    }
}
