package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;
import jakarta.inject.Singleton;

/** Keeps the emails that would have been sent, while no provider is configured for EMAIL. */
@Singleton
public class EmailMailbox extends MailboxSender {

    EmailMailbox(LocalMailbox mailbox) {
        super(mailbox, Channel.EMAIL);
    }
}
