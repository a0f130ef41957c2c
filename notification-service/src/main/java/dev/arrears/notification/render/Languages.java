package dev.arrears.notification.render;

import java.util.Locale;

/** BCP 47 language tags as templates are filed under them: {@code de}, {@code fr-CA}; never {@code de_DE} or {@code DE}. */
public final class Languages {

    public static final String ENGLISH = "en";

    private Languages() {
    }

    /** The tag in canonical form ({@code fr_ca} → {@code fr-CA}), or {@code null} for a missing or unusable one. */
    public static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            return null;
        }
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "-" + locale.getCountry();
    }

    /** The language without its region: {@code fr-CA} → {@code fr}. */
    public static String base(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    public static boolean hasRegion(String tag) {
        return tag.indexOf('-') > 0;
    }

    /**
     * The locale numbers, dates and currencies are formatted in: the language of the text actually rendered, with the
     * customer's region (from their language tag, else their country), so an English text for a German customer still
     * writes {@code 1.190,00 €}.
     */
    public static Locale formatting(String renderedLanguage, String customerLanguage, String customerCountry) {
        String region = customerLanguage != null && hasRegion(customerLanguage)
                ? customerLanguage.substring(customerLanguage.indexOf('-') + 1)
                : customerCountry == null ? "" : customerCountry.strip().toUpperCase(Locale.ROOT);
        if (hasRegion(renderedLanguage)) {
            region = renderedLanguage.substring(renderedLanguage.indexOf('-') + 1);
        }
        return new Locale(base(renderedLanguage), region);
    }
}
