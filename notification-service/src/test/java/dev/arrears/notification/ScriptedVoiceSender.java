package dev.arrears.notification;

import dev.arrears.notification.mailbox.VoiceMailbox;
import jakarta.inject.Singleton;

/** The test provider for VOICE. */
@Singleton
class ScriptedVoiceSender extends ScriptedSender {

    ScriptedVoiceSender(Script script, VoiceMailbox mailbox) {
        super(script, mailbox);
    }
}
