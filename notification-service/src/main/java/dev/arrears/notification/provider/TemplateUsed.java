package dev.arrears.notification.provider;

import dev.arrears.notification.message.RenderedMessage;

import java.util.Locale;

/**
 * The parts of {@link RenderedMessage#templateUsed()} (e.g. {@code overdue-firm/de/FIRM/email}) that providers label a
 * message with: SendGrid categories, the language a call's script is read in. Parsed rather than carried as fields
 * so the shared message types stay as they are; a name in another form keeps only {@code templateId}.
 *
 * @param language the language actually rendered (after any fallback), or {@code null}
 * @param tone e.g. {@code FIRM}, or {@code null}
 */
public record TemplateUsed(String templateId, String language, String tone) {

    public static TemplateUsed of(RenderedMessage content) {
        String name = content.templateUsed();
        if (name == null || name.isBlank()) {
            return new TemplateUsed(null, null, null);
        }
        String[] parts = name.split("/");
        if (parts.length < 3) {
            return new TemplateUsed(name, null, null);
        }
        return new TemplateUsed(parts[0], parts[1].isBlank() ? null : parts[1], parts[2].isBlank() ? null : parts[2].toUpperCase(Locale.ROOT));
    }
}
