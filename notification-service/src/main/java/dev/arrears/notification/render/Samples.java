package dev.arrears.notification.render;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Made-up items and names for previews, dated as the template expects (a pre-due note lists an item due in 7 days). */
public final class Samples {

    /** Days overdue of the main sample item, per template of the default policy. */
    private static final Map<String, Integer> DAYS_OVERDUE = Map.of("courtesy", -27, "pre-due", -7, "due-today", 0, "reminder", 5,
            "overdue", 14, "overdue-firm", 30, "final-warning", 45, "final-notice", 60);
    private static final Map<Tone, Integer> DAYS_BY_TONE = Map.of(Tone.FRIENDLY, 0, Tone.FIRM, 14, Tone.FINAL_NOTICE, 60);
    private static final Map<String, String> NAMES = Map.of("de", "Musterkunde GmbH", "fr", "Client Exemple SARL",
            "es", "Cliente Ejemplo S.L.");

    public static final String CUSTOMER_ID = "SAMPLE";

    private Samples() {
    }

    /**
     * One item for a friendly template; for firm and final ones a second, older item too, so the preview shows a list.
     */
    public static List<DunnedItem> items(String templateId, Tone tone, String country, LocalDate today) {
        String currency = currency(country);
        int days = DAYS_OVERDUE.getOrDefault(templateId, DAYS_BY_TONE.get(tone));
        DunnedItem main = item("inv-0042", "INV-2026-0042", today.minusDays(days), days, "1190", currency);
        if (tone == Tone.FRIENDLY) {
            return List.of(main);
        }
        return List.of(item("inv-0031", "INV-2026-0031", today.minusDays(days + 21L), days + 21, "595", currency), main);
    }

    /** What a company is called in the preview, in the customer's language. */
    public static String name(String language) {
        return language == null ? "Sample Customer Ltd" : NAMES.getOrDefault(Languages.base(language), "Sample Customer Ltd");
    }

    /** The country's currency; EUR for none or one without a currency of its own. */
    static String currency(String country) {
        try {
            Currency currency = country == null ? null : Currency.getInstance(new Locale("", country.strip().toUpperCase(Locale.ROOT)));
            return currency == null ? "EUR" : currency.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "EUR";
        }
    }

    private static DunnedItem item(String id, String number, LocalDate due, int days, String amount, String currency) {
        return new DunnedItem(id, number, null, due, days, Money.atCurrencyScale(new BigDecimal(amount), currency), days > 0 ? 1 : 0);
    }
}
