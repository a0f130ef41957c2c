package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.MissingTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which template stands in for a missing one, and why. Pure: the catalog is a predicate.
 *
 * <p>The order, for a request (template, language, tone, channel):
 * <ol>
 *   <li>the customer's language: the template in the language with its region ({@code fr-CA}), then without
 *   ({@code fr}); then the tone's generic template in the same two;</li>
 *   <li>the tenant's default language: the template, then the tone's generic template;</li>
 *   <li>English: the template, then the tone's generic template.</li>
 * </ol>
 * The tone and the channel are never changed: a firm reminder is never sent friendly, nor an SMS as an email.
 * The generic template of a tone comes before another language because a customer can act on a general
 * reminder in their own language, but not on a precise one in a language they may not read.
 */
public final class FallbackOrder {

    /** The template every tone falls back to. */
    public static final Map<Tone, String> GENERIC = Map.of(Tone.FRIENDLY, "reminder", Tone.FIRM, "overdue",
            Tone.FINAL_NOTICE, "final-notice");

    /** The key rendered instead of the one asked for, and why; {@code reason} is {@code null} when it is the one asked for. */
    public record Resolution(TemplateKey used, String reason) {
    }

    private FallbackOrder() {
    }

    /**
     * @param asked its language normalised ({@link Languages#normalize}), {@code null} when the customer has none
     * @param tenantLanguage the tenant's default language, normalised
     * @param exists whether a key has a template (for its channel)
     * @throws MissingTemplate listing what was tried, when nothing exists
     */
    public static Resolution resolve(TemplateKey asked, String tenantLanguage, Predicate<TemplateKey> exists) {
        List<TemplateKey> tried = new ArrayList<>();
        for (TemplateKey candidate : candidates(asked, tenantLanguage)) {
            if (exists.test(candidate)) {
                return new Resolution(candidate, candidate.equals(asked) ? null : reason(asked, candidate, tenantLanguage));
            }
            tried.add(candidate);
        }
        throw new MissingTemplate("no template for " + asked + "; tried "
                + tried.stream().map(TemplateKey::toString).reduce((a, b) -> a + ", " + b).orElse("nothing"));
    }

    /** Every key tried, in order. */
    public static List<TemplateKey> candidates(TemplateKey asked, String tenantLanguage) {
        List<String> templates = new ArrayList<>(new LinkedHashSet<>(List.of(asked.templateId(), GENERIC.get(asked.tone()))));
        Set<TemplateKey> keys = new LinkedHashSet<>();
        for (List<String> group : languageGroups(asked.language(), tenantLanguage)) {
            for (String template : templates) {
                for (String language : group) {
                    keys.add(asked.withTemplate(template).withLanguage(language));
                }
            }
        }
        return List.copyOf(keys);
    }

    /** The customer's language (with, then without region), the tenant's, English; each tag once. */
    private static List<List<String>> languageGroups(String customer, String tenant) {
        Set<String> seen = new LinkedHashSet<>();
        List<List<String>> groups = new ArrayList<>();
        for (String tag : new String[] {customer, tenant, Languages.ENGLISH}) {
            if (tag == null) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String language : List.of(tag, Languages.base(tag))) {
                if (seen.add(language)) {
                    group.add(language);
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String reason(TemplateKey asked, TemplateKey used, String tenantLanguage) {
        List<String> why = new ArrayList<>();
        languageReason(asked.language(), used, tenantLanguage).ifPresent(why::add);
        if (!used.templateId().equals(asked.templateId())) {
            why.add("no '" + asked.templateId() + "' template in " + used.language() + " for tone " + asked.tone()
                    + ", so the tone's generic template '" + used.templateId() + "'");
        }
        return asked + " → " + used + ": " + String.join("; ", why);
    }

    private static Optional<String> languageReason(String asked, TemplateKey used, String tenantLanguage) {
        String language = used.language();
        if (language.equals(asked)) {
            return Optional.empty();
        }
        if (asked == null) {
            return Optional.of("the customer has no language, so " + describe(language, tenantLanguage));
        }
        if (language.equals(Languages.base(asked))) {
            return Optional.of("no template in " + asked + ", so the same language without its region (" + language + ")");
        }
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(List.of(asked, Languages.base(asked))));
        if (!language.equals(tenantLanguage) && !language.equals(Languages.base(tenantLanguage))) {
            missing.add(tenantLanguage);
        }
        return Optional.of("no template in " + String.join(" or ", new LinkedHashSet<>(missing)) + ", so "
                + describe(language, tenantLanguage));
    }

    private static String describe(String language, String tenantLanguage) {
        return language.equals(tenantLanguage) || language.equals(Languages.base(tenantLanguage))
                ? "the tenant's default language (" + language + ")"
                : "English (" + language + ")";
    }
}
