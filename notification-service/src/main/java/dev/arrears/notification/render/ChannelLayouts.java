package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.MissingTemplate;
import dev.arrears.notification.message.RenderedMessage;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/**
 * Puts a wording into its channel's form: the email's HTML and text layouts (items table, totals, payment link,
 * footer), the letter's printable XHTML, the SMS fitted to as few segments as possible, the voice script on one line.
 * Refuses to answer a blank part: a message that says nothing is never sent.
 */
@ApplicationScoped
class ChannelLayouts {

    private final Template emailHtml;
    private final Template emailText;
    private final Template letterHtml;

    ChannelLayouts(@Location("channel/email.html") Template emailHtml, @Location("channel/email.txt") Template emailText,
                   @Location("channel/letter.html") Template letterHtml) {
        this.emailHtml = emailHtml;
        this.emailText = emailText;
        this.letterHtml = letterHtml;
    }

    RenderedMessage render(TemplateKey used, Template wording, MessageModel m) {
        Locale locale = Locale.forLanguageTag(Languages.base(used.language()));
        return switch (used.channel()) {
            case EMAIL, LETTER -> document(used, wording, m, locale);
            case SMS -> new RenderedMessage(Channel.SMS, null, null,
                    SmsText.fit(required(used, "sms", fragment(wording, "sms", m, locale))), null, null);
            case VOICE -> new RenderedMessage(Channel.VOICE, null, null,
                    required(used, "voice", oneLine(fragment(wording, "voice", m, locale))), null, null);
            case CALL_TASK -> throw new MissingTemplate("a call task is worked by a collector, not rendered: " + used);
        };
    }

    private RenderedMessage document(TemplateKey used, Template wording, MessageModel m, Locale locale) {
        String subject = required(used, "subject", oneLine(fragment(wording, "subject", m, locale)));
        List<Paragraph> body = Paragraph.of(required(used, "body", fragment(wording, "body", m, locale)));
        List<Paragraph> closing = Paragraph.of(required(used, "closing", fragment(wording, "closing", m, locale)));
        Wording w = new Wording(subject, body, closing);
        Template html = used.channel() == Channel.LETTER ? letterHtml : emailHtml;
        return new RenderedMessage(used.channel(), subject, required(used, "html", layout(html, m, w, locale)),
                required(used, "text", layout(emailText, m, w, locale)), null, null);
    }

    private static String fragment(Template wording, String id, MessageModel m, Locale locale) {
        return wording.getFragment(id).instance().data("m", m).setLocale(locale).render().strip();
    }

    private static String layout(Template layout, MessageModel m, Wording w, Locale locale) {
        TemplateInstance instance = layout.data("m", m).data("w", w);
        return instance.setLocale(locale).render().strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String required(TemplateKey used, String part, String text) {
        if (text == null || text.isBlank()) {
            throw new MissingTemplate(used + " rendered a blank " + part + "; it is not sent");
        }
        return text;
    }
}
