package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;

import java.util.Locale;

/**
 * One template as the dunning engine names it: template id × language × tone × channel, written
 * {@code overdue-firm/de/FIRM/email}. The wording of all channels of an (id, language, tone) lives in one file,
 * {@code templates/dunning/<language>/<tone>/<id>.txt}, so a translator finds a language in one folder.
 */
public record TemplateKey(String templateId, String language, Tone tone, Channel channel) {

    /** The Qute template holding this key's wording. */
    public String wordingPath() {
        return wordingPath(templateId, language, tone);
    }

    public static String wordingPath(String templateId, String language, Tone tone) {
        return "dunning/" + language + "/" + toneFolder(tone) + "/" + templateId + ".txt";
    }

    /** {@code FINAL_NOTICE} → {@code final-notice}. */
    public static String toneFolder(Tone tone) {
        return tone.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public TemplateKey withTemplate(String id) {
        return new TemplateKey(id, language, tone, channel);
    }

    public TemplateKey withLanguage(String tag) {
        return new TemplateKey(templateId, tag, tone, channel);
    }

    @Override
    public String toString() {
        return templateId + "/" + (language == null ? "?" : language) + "/" + tone + "/" + channel.name().toLowerCase(Locale.ROOT);
    }
}
