package dev.arrears.notification;

import dev.arrears.notification.mailbox.EmailMailbox;
import jakarta.inject.Singleton;

/** The test provider for EMAIL. */
@Singleton
class ScriptedEmailSender extends ScriptedSender {

    ScriptedEmailSender(Script script, EmailMailbox mailbox) {
        super(script, mailbox);
    }
}
