package dev.arrears.notification.provider.sendgrid;

import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.provider.TemplateUsed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The v3 Mail Send body for one message, built with the SDK's own mail helpers. */
final class MailSendBody {

    /** Custom args come back on every Event Webhook event, so events map to our message without a lookup. */
    static final String MESSAGE_ID = "messageId";
    static final String SOURCE_EVENT_ID = "sourceEventId";
    static final String TENANT_ID = "tenantId";

    private MailSendBody() {
    }

    static String of(OutgoingMessage message, SendGridConfig config) {
        RenderedMessage content = message.content();
        Mail mail = new Mail();
        mail.setFrom(new Email(config.fromEmail(), config.fromName().orElse(null)));
        config.replyTo().ifPresent(replyTo -> mail.setReplyTo(new Email(replyTo)));
        mail.setSubject(content.subject());

        Personalization personalization = new Personalization();
        personalization.addTo(new Email(message.to()));
        mail.addPersonalization(personalization);

        // SendGrid requires text/plain before text/html.
        if (content.text() != null) {
            mail.addContent(new Content("text/plain", content.text()));
        }
        if (content.html() != null) {
            mail.addContent(new Content("text/html", content.html()));
        }

        mail.addCustomArg(MESSAGE_ID, message.messageId());
        mail.addCustomArg(SOURCE_EVENT_ID, message.sourceEventId());
        mail.addCustomArg(TENANT_ID, message.tenantId());

        // Categories split SendGrid's statistics by template and tone; ids and addresses stay out of them.
        TemplateUsed template = TemplateUsed.of(content);
        mail.addCategory("arrears");
        if (template.templateId() != null) {
            mail.addCategory("template:" + template.templateId());
        }
        if (template.tone() != null) {
            mail.addCategory("tone:" + template.tone().toLowerCase(Locale.ROOT));
        }
        try {
            return mail.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a SendGrid mail", e);
        }
    }
}
