package dev.arrears.notification.render;

import dev.arrears.notification.message.MissingTemplate;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.message.Renderer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Objects;

/**
 * Renders reminders and escalations from the Qute templates under {@code templates/dunning}, in the customer's
 * language and locale, with the tenant's branding. When the template asked for does not exist it falls back in the
 * order {@link FallbackOrder} documents and says so in {@link RenderedMessage#fallback()}.
 */
@ApplicationScoped
public class TemplateRenderer implements Renderer {

    private final TemplateCatalog catalog;
    private final ChannelLayouts layouts;
    private final Brandings brandings;
    private final Clock clock;

    TemplateRenderer(TemplateCatalog catalog, ChannelLayouts layouts, Brandings brandings, RenderDefaults defaults) {
        this.catalog = catalog;
        this.layouts = layouts;
        this.brandings = brandings;
        this.clock = defaults.clock();
    }

    @Override
    public RenderedMessage render(RenderRequest request) {
        Objects.requireNonNull(request.channel(), "channel");
        Objects.requireNonNull(request.tone(), "tone");
        Objects.requireNonNull(request.recipient(), "recipient");
        if (request.templateId() == null || request.templateId().isBlank()) {
            throw new MissingTemplate("a " + request.tone() + " " + request.channel() + " message names no template");
        }
        Recipient recipient = request.recipient();
        Branding brand = brandings.of(recipient.tenantId());
        TemplateKey asked = new TemplateKey(request.templateId(), Languages.normalize(recipient.language()), request.tone(),
                request.channel());
        String tenantLanguage = Objects.requireNonNullElse(Languages.normalize(brand.defaultLanguage()), Languages.ENGLISH);
        FallbackOrder.Resolution resolution = FallbackOrder.resolve(asked, tenantLanguage, catalog::exists);
        TemplateKey used = resolution.used();
        MessageModel model = MessageModels.build(request, used.language(), labels(used.language()), brand, clock);
        RenderedMessage message = layouts.render(used, catalog.wording(used), model);
        return new RenderedMessage(message.channel(), message.subject(), message.html(), message.text(), used.toString(),
                resolution.reason());
    }

    /** The fixed words in the language rendered; English where a language has templates but no labels yet. */
    private static Labels labels(String language) {
        try {
            return MessageBundles.get(Labels.class, Localized.Literal.of(Languages.base(language)));
        } catch (IllegalStateException e) {
            return MessageBundles.get(Labels.class);
        }
    }
}
