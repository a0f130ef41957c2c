package dev.arrears.notification.provider;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.RenderedMessage;

import java.util.Locale;

/** Messages as the renderer hands them over, for the provider tests. */
public final class TestMessages {

    private TestMessages() {
    }

    public static OutgoingMessage email(String language, Tone tone, String to, String subject, String text, String html) {
        return message(Channel.EMAIL, language, tone, to, new RenderedMessage(Channel.EMAIL, subject, html, text,
                template(language, tone, "email"), null));
    }

    public static OutgoingMessage sms(String language, Tone tone, String to, String text) {
        return message(Channel.SMS, language, tone, to, new RenderedMessage(Channel.SMS, null, null, text, template(language, tone, "sms"), null));
    }

    public static OutgoingMessage voice(String language, Tone tone, String to, String script) {
        return message(Channel.VOICE, language, tone, to, new RenderedMessage(Channel.VOICE, null, null, script,
                template(language, tone, "voice"), null));
    }

    private static OutgoingMessage message(Channel channel, String language, Tone tone, String to, RenderedMessage content) {
        String id = "msg-" + channel.name().toLowerCase(Locale.ROOT) + "-" + language + "-" + tone.name().toLowerCase(Locale.ROOT);
        return new OutgoingMessage(id, "rem-4711", "acme", "C-1001", channel, to, content);
    }

    private static String template(String language, Tone tone, String channel) {
        return "overdue-" + tone.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + language + "/" + tone.name() + "/" + channel;
    }
}
