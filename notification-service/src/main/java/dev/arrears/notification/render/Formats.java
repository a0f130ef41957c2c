package dev.arrears.notification.render;

import dev.arrears.contracts.Money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Amounts, dates and numbers as the customer's locale writes them, with java.text and java.time (CLDR data), e.g.
 * {@code 1.190,00 €} for de-DE, {@code €1,190.00} for en-IE, {@code 1 190,00 €} (narrow no-break space) for fr-FR.
 * Not thread-safe (java.text formats are not): one per rendering.
 */
public final class Formats {

    private final Locale locale;
    private final DateTimeFormatter medium;
    private final DateTimeFormatter longDate;

    public Formats(Locale locale) {
        this.locale = locale;
        this.medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** With the currency's symbol as the locale places it, and exactly the currency's decimals. */
    public String money(Money money) {
        Currency currency = Money.currencyOf(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount());
    }

    /**
     * For a text-to-speech voice: no grouping separators and no zero cents, then the currency's name, e.g.
     * {@code 1190 Euro}, {@code 1190,50 euro}; a voice reads these more naturally than symbols and separators.
     */
    public String spokenMoney(Money money) {
        Currency currency = Money.currencyOf(money.currency());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        boolean whole = money.amount().stripTrailingZeros().scale() <= 0;
        int digits = whole ? 0 : Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount()) + " " + currency.getDisplayName(locale);
    }

    /** Several currencies are never added: {@code 1.190,00 € + 250,00 $}. */
    public String moneys(List<Money> amounts, boolean spoken) {
        return amounts.stream().map(spoken ? this::spokenMoney : this::money).collect(Collectors.joining(" + "));
    }

    /** E.g. {@code 31.10.2026}, {@code 31 Oct 2026}, {@code 31 oct. 2026}. */
    public String date(LocalDate date) {
        return medium.format(date);
    }

    /** E.g. {@code 31. Oktober 2026}, {@code 31 de octubre de 2026}: prose, letters and voice. */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** Per currency, in order of first appearance, at the currency's scale. */
    public static List<Money> sums(List<Money> amounts) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        amounts.forEach(m -> totals.merge(m.currency(), m.amount(), BigDecimal::add));
        return totals.entrySet().stream().map(t -> Money.atCurrencyScale(t.getValue(), t.getKey())).toList();
    }
}
