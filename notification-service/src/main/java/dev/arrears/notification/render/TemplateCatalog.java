package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording templates that exist, and which channels each can serve. A channel is served when the file has the
 * fragments the channel needs: email and letter a {@code subject}, a {@code body} and a {@code closing}; SMS an
 * {@code sms}; voice a {@code voice}. Call tasks are worked by people, not rendered.
 */
@ApplicationScoped
public class TemplateCatalog {

    /** The template ids shipped: the default policy's, and {@code reminder}, the generic friendly one. */
    public static final List<String> TEMPLATE_IDS = List.of("courtesy", "pre-due", "due-today", "overdue", "overdue-firm",
            "final-warning", "final-notice", "reminder");

    /** The languages shipped. A regional variant (e.g. {@code fr-CA}) is rendered when present, and listed once named here. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    private static final Map<Channel, List<String>> FRAGMENTS = Map.of(
            Channel.EMAIL, List.of("subject", "body", "closing"),
            Channel.LETTER, List.of("subject", "body", "closing"),
            Channel.SMS, List.of("sms"),
            Channel.VOICE, List.of("voice"));

    /** One wording file and the channels it serves. */
    public record Entry(String templateId, String language, Tone tone, Set<Channel> channels) {
    }

    private final Engine engine;

    TemplateCatalog(Engine engine) {
        this.engine = engine;
    }

    /** The wording for a key, or {@code null} when there is none or it cannot serve the key's channel. */
    public Template wording(TemplateKey key) {
        Template template = engine.getTemplate(key.wordingPath());
        return template != null && serves(template, key.channel()) ? template : null;
    }

    public boolean exists(TemplateKey key) {
        return wording(key) != null;
    }

    /** Every shipped (template, language, tone) with its channels. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String id : TEMPLATE_IDS) {
            for (String language : LANGUAGES) {
                for (Tone tone : Tone.values()) {
                    Template template = engine.getTemplate(TemplateKey.wordingPath(id, language, tone));
                    if (template == null) {
                        continue;
                    }
                    Set<Channel> channels = EnumSet.noneOf(Channel.class);
                    FRAGMENTS.keySet().stream().filter(c -> serves(template, c)).forEach(channels::add);
                    entries.add(new Entry(id, language, tone, channels));
                }
            }
        }
        return entries;
    }

    private static boolean serves(Template template, Channel channel) {
        List<String> needed = FRAGMENTS.get(channel);
        return needed != null && template.getFragmentIds().containsAll(needed);
    }
}
