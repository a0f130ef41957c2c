package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;
import jakarta.inject.Singleton;

/** Keeps the call scripts that would have been sent, while no provider is configured for VOICE. */
@Singleton
public class VoiceMailbox extends MailboxSender {

    VoiceMailbox(LocalMailbox mailbox) {
        super(mailbox, Channel.VOICE);
    }
}
