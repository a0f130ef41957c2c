package dev.arrears.notification.render;

import dev.arrears.contracts.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What java.text and java.time (CLDR) write, asserted character by character: \u00a0 no-break space, \u202f narrow no-break space. */
class FormatsTest {

    @ParameterizedTest(name = "{0}-{1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            de | DE | EUR | 1.190,00\u00a0€         | 01.10.2026  | 1. Oktober 2026
            en | IE | EUR | €1,190.00              | 1 Oct 2026  | 1 October 2026
            fr | FR | EUR | 1\u202f190,00\u00a0€   | 1 oct. 2026 | 1 octobre 2026
            es | ES | EUR | 1.190,00\u00a0€         | 1 oct 2026  | 1 de octubre de 2026
            en | US | USD | $1,190.00              | Oct 1, 2026 | October 1, 2026
            en | GB | GBP | £1,190.00              | 1 Oct 2026  | 1 October 2026
            de | CH | CHF | CHF\u00a01’190.00      | 01.10.2026  | 1. Oktober 2026
            de | AT | EUR | €\u00a01.190,00         | 01.10.2026  | 1. Oktober 2026
            fr | CA | CAD | 1\u00a0190,00\u00a0$\u00a0CA | 1 oct. 2026 | 1 octobre 2026
            en | DE | EUR | 1.190,00\u00a0€         | 1 Oct 2026  | 1 October 2026
            """)
    void formatsAsTheLocaleWrites(String language, String country, String currency, String money, String date, String longDate) {
        Formats formats = new Formats(new Locale(language, country));

        assertThat(formats.money(Money.of("1190.00", currency))).isEqualTo(money);
        assertThat(formats.date(LocalDate.of(2026, 10, 1))).isEqualTo(date);
        assertThat(formats.longDate(LocalDate.of(2026, 10, 1))).isEqualTo(longDate);
    }

    @Test
    void usesTheCurrencysDecimals() {
        Formats formats = new Formats(Locale.JAPAN);

        assertThat(formats.money(Money.of("1190", "JPY"))).isEqualTo("￥1,190");
        assertThat(new Formats(new Locale("en", "BH")).money(Money.of("12.345", "BHD"))).endsWith("12.345");
    }

    @Test
    void speaksAmountsWithoutSeparatorsOrZeroCents() {
        assertThat(new Formats(Locale.GERMANY).spokenMoney(Money.of("1190.00", "EUR"))).isEqualTo("1190 Euro");
        assertThat(new Formats(Locale.FRANCE).spokenMoney(Money.of("1190.50", "EUR"))).isEqualTo("1190,50 euro");
        assertThat(new Formats(Locale.US).spokenMoney(Money.of("25.05", "USD"))).isEqualTo("25.05 US Dollar");
    }

    @Test
    void neverAddsCurrencies() {
        Formats formats = new Formats(Locale.GERMANY);
        List<Money> sums = Formats.sums(List.of(Money.of("100.00", "EUR"), Money.of("50.00", "USD"), Money.of("0.50", "EUR")));

        assertThat(sums).containsExactly(Money.of("100.50", "EUR"), Money.of("50.00", "USD"));
        assertThat(formats.moneys(sums, false)).isEqualTo("100,50\u00a0€ + 50,00\u00a0$");
    }
}
