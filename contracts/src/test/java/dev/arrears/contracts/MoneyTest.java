package dev.arrears.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "10.00, EUR",
            "10.5, EUR",
            "1000, JPY",
            "1.234, BHD",
            "-5.00, USD"
    })
    void acceptsAmountsWithinTheCurrencyScale(String amount, String currency) {
        assertThat(Money.of(amount, currency).currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource({
            "10.001, EUR, more decimals than EUR allows (2)",
            "1000.5, JPY, more decimals than JPY allows (0)",
            "10.00, XXY, not an ISO 4217 code",
            "10.00, eur, not an ISO 4217 code"
    })
    void rejectsWhatNoLedgerCouldBook(String amount, String currency, String reason) {
        assertThatThrownBy(() -> Money.of(amount, currency)).hasMessageContaining(reason);
    }

    @Test
    void serializesAmountAsExactString() throws Exception {
        String json = ArrearsJson.mapper().writeValueAsString(Money.of("0.10", "EUR"));

        assertThat(json).isEqualTo("{\"amount\":\"0.10\",\"currency\":\"EUR\"}");
        assertThat(ArrearsJson.mapper().readValue(json, Money.class)).isEqualTo(Money.of("0.10", "EUR"));
    }

    @Test
    void zeroHasTheCurrencyScale() {
        assertThat(Money.zero("EUR").amount().toPlainString()).isEqualTo("0.00");
        assertThat(Money.zero("JPY").amount().toPlainString()).isEqualTo("0");
    }
}
