package dev.arrears.notification;

import dev.arrears.notification.mailbox.SmsMailbox;
import jakarta.inject.Singleton;

/** The test provider for SMS. */
@Singleton
class ScriptedSmsSender extends ScriptedSender {

    ScriptedSmsSender(Script script, SmsMailbox mailbox) {
        super(script, mailbox);
    }
}
