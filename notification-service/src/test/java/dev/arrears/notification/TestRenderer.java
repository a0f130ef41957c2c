package dev.arrears.notification;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.notification.message.MissingTemplate;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.message.Renderer;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stands in for the real renderer until it is part of the service: a {@link DefaultBean}, so the real one wins as
 * soon as it exists and these tests then run against it. Answers a short message per channel and language;
 * template {@value #MISSING} has no template at all.
 */
@DefaultBean
@ApplicationScoped
public class TestRenderer implements Renderer {

    public static final String MISSING = "no-such-template";

    @Override
    public RenderedMessage render(RenderRequest request) {
        if (MISSING.equals(request.templateId())) {
            throw new MissingTemplate("no template " + request.templateId() + " in any language");
        }
        String language = request.recipient().language();
        boolean german = language.startsWith("de");
        String subject = (german ? "Zahlungserinnerung für " : "Payment reminder for ") + request.recipient().name();
        String items = request.items().stream().map(DunnedItem::invoiceNumber).collect(Collectors.joining(", "));
        String text = (german ? "Bitte begleichen Sie: " : "Please pay: ") + items;
        String used = request.templateId() + "/" + language + "/" + request.tone() + "/" + request.channel().name().toLowerCase(Locale.ROOT);
        String html = request.channel() == Channel.EMAIL || request.channel() == Channel.LETTER
                ? "<html><body><h1>" + subject + "</h1><p>" + text + "</p></body></html>" : null;
        return new RenderedMessage(request.channel(), request.channel() == Channel.EMAIL || request.channel() == Channel.LETTER
                ? subject : null, html, text, used, null);
    }
}
