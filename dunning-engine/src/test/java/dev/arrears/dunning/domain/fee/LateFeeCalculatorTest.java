package dev.arrears.dunning.domain.fee;

import dev.arrears.contracts.dunning.FeeKind;
import static dev.arrears.dunning.domain.fee.Fees.CALCULATOR;
import static dev.arrears.dunning.domain.fee.Fees.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Fixed and percentage fees, the statutory compensation, and when nothing is charged. Interest: {@link InterestAccrualTest}. */
class LateFeeCalculatorTest {

    static final LateFeeRule.Fixed FIXED = new LateFeeRule.Fixed(Map.of(
            "EUR", new BigDecimal("5.00"), "GBP", new BigDecimal("4"), "JPY", new BigDecimal("500")));
    static final LateFeeRule.Percentage TWO_PERCENT = new LateFeeRule.Percentage(new BigDecimal("2"),
            Map.of("EUR", new BigDecimal("5.00")), Map.of("EUR", new BigDecimal("50.00")));

    @ParameterizedTest(name = "fixed fee for {0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "EUR, 5.00, flat late fee of 5.00 EUR",
            "GBP, 4.00, flat late fee of 4.00 GBP",  // configured as 4, charged at the currency's scale
            "JPY, 500,  flat late fee of 500 JPY",
            "USD, -,    -",                          // no entry for USD: no fee
    })
    void chargesTheFixedFeeOfTheItemsCurrency(String currency, BigDecimal amount, String basis) {
        List<AssessedFee> fees = CALCULATOR.assess(FIXED, item(currency, "1000", "2026-04-30", "2026-05-14"));

        assertThat(fees).isEqualTo(amount == null ? List.of() : List.of(new AssessedFee(FeeKind.FIXED, amount, basis, null, null)));
    }

    @ParameterizedTest(name = "{1}% of {3} {0}, min {4}, max {5} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // currency | percent | fee    | dunnable | min   | max   | basis
            "EUR | 2    | 20.00  | 1000.00  | 5.00  | 50.00 | 2% of 1000.00 EUR",
            "EUR | 2    | 5.00   | 100.00   | 5.00  | 50.00 | 2% of 100.00 EUR, raised to the minimum of 5.00 EUR",     // 2.00 < 5.00
            "EUR | 2    | 50.00  | 10000.00 | 5.00  | 50.00 | 2% of 10000.00 EUR, capped at the maximum of 50.00 EUR",  // 200.00 > 50.00
            "EUR | 2    | 5.00   | 250.00   | 5.00  | 50.00 | 2% of 250.00 EUR",                                        // exactly the minimum
            "EUR | 2.5  | 2.51   | 100.20   | -     | -     | 2.5% of 100.20 EUR",   // 2.505 -> 2.51: HALF_UP, not HALF_EVEN
            "EUR | 2.5  | 2.50   | 100.10   | -     | -     | 2.5% of 100.10 EUR",   // 2.5025 -> 2.50
            "USD | 2    | 200.00 | 10000.00 | -     | -     | 2% of 10000.00 USD",   // no limits for USD
            "JPY | 2.5  | 2501   | 100020   | -     | -     | 2.5% of 100020 JPY",   // 2500.5 -> 2501
            "JPY | 1.25 | 1543   | 123456   | -     | -     | 1.25% of 123456 JPY",  // 1543.2 -> 1543
    })
    void chargesAPercentageOfTheDunnableAmountClamped(String currency, BigDecimal percent, BigDecimal fee, String dunnable,
                                                     BigDecimal minimum, BigDecimal maximum, String basis) {
        LateFeeRule.Percentage rule = new LateFeeRule.Percentage(percent,
                minimum == null ? Map.of() : Map.of(currency, minimum), maximum == null ? Map.of() : Map.of(currency, maximum));

        assertThat(CALCULATOR.assess(rule, item(currency, dunnable, "2026-04-30", "2026-05-14")))
                .containsExactly(new AssessedFee(FeeKind.PERCENTAGE, fee, basis, null, null));
    }

    @Test
    void noPercentageFeeOnNothing() {
        // Nothing dunnable: the minimum does not apply either.
        assertThat(CALCULATOR.assess(TWO_PERCENT, item("EUR", "0.00", "2026-04-30", "2026-05-14"))).isEmpty();
        // 0.01% of 10.00 = 0.001, which rounds to 0.00.
        LateFeeRule.Percentage tiny = new LateFeeRule.Percentage(new BigDecimal("0.01"), Map.of(), Map.of());
        assertThat(CALCULATOR.assess(tiny, item("EUR", "10.00", "2026-04-30", "2026-05-14"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "EU | 40.00 | 40.00 EUR flat compensation for recovery costs (Directive 2011/7/EU, Art. 6)",
            "DE | 40.00 | 40.00 EUR flat compensation for recovery costs (§ 288 Abs. 5 BGB)",
            "FR | 40.00 | 40.00 EUR flat compensation for recovery costs (Code de commerce, art. L441-10 and D441-5)",
    })
    void euroJurisdictionsChargeFortyEurosBeforeTheInterest(String jurisdiction, BigDecimal amount, String basis) {
        List<AssessedFee> fees = CALCULATOR.assess(new LateFeeRule.Statutory(jurisdiction),
                item("EUR", "1190.00", "2026-04-30", "2026-05-30"));

        assertThat(fees).extracting(AssessedFee::kind).containsExactly(FeeKind.STATUTORY_COMPENSATION, FeeKind.INTEREST);
        assertThat(fees.get(0)).isEqualTo(new AssessedFee(FeeKind.STATUTORY_COMPENSATION, amount, basis, null, null));
    }

    @ParameterizedTest(name = "GB debt of {0} GBP: {1} GBP")
    @CsvSource(delimiter = '|', value = {
            "999.99   | 40.00  | 40.00 GBP fixed sum for a debt under 1000.00 GBP",
            "1000.00  | 70.00  | 70.00 GBP fixed sum for a debt of 1000.00 GBP or more but under 10000.00 GBP",
            "9999.99  | 70.00  | 70.00 GBP fixed sum for a debt of 1000.00 GBP or more but under 10000.00 GBP",
            "10000.00 | 100.00 | 100.00 GBP fixed sum for a debt of 10000.00 GBP or more",
    })
    void gbChargesTheFixedSumOfTheDebtsBand(String dunnable, BigDecimal amount, String band) {
        List<AssessedFee> fees = CALCULATOR.assess(new LateFeeRule.Statutory("GB"), item("GBP", dunnable, "2026-04-30", "2026-05-30"));

        assertThat(fees.get(0)).isEqualTo(new AssessedFee(FeeKind.STATUTORY_COMPENSATION, amount,
                band + " (Late Payment of Commercial Debts (Interest) Act 1998, s. 5A)", null, null));
    }

    @Test
    void theCompensationIsChargedOncePerInvoice() {
        FeeContext again = item("EUR", "2026-04-30", "2026-06-30", "2026-05-30", "2026-04-01=1190.00", true);

        assertThat(CALCULATOR.assess(new LateFeeRule.Statutory("DE"), again)).extracting(AssessedFee::kind)
                .containsExactly(FeeKind.INTEREST);
    }

    @ParameterizedTest(name = "{0} in {1}: interest only")
    @CsvSource({"EU, USD", "DE, GBP", "FR, JPY", "GB, EUR"})
    void noCompensationInAnotherCurrencyThanTheLaws(String jurisdiction, String currency) {
        assertThat(CALCULATOR.assess(new LateFeeRule.Statutory(jurisdiction), item(currency, "1190", "2026-04-30", "2026-05-30")))
                .extracting(AssessedFee::kind).containsExactly(FeeKind.INTEREST);
    }

    @Test
    void noCompensationOnceNothingIsDunnable() {
        FeeContext paidLate = item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00 2026-05-11=0.00", false);

        assertThat(CALCULATOR.assess(new LateFeeRule.Statutory("EU"), paidLate)).extracting(AssessedFee::kind)
                .containsExactly(FeeKind.INTEREST);
        assertThat(CALCULATOR.assess(FIXED, paidLate)).isEmpty();
    }

    static Stream<Arguments> everyRule() {
        return Stream.of(Arguments.of(FIXED), Arguments.of(TWO_PERCENT), Arguments.of(new LateFeeRule.Statutory("EU")),
                Arguments.of(new LateFeeRule.Statutory("GB")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void nothingIsChargedUntilTheDayAfterTheDueDate(LateFeeRule rule) {
        assertThat(CALCULATOR.assess(rule, item("EUR", "1190.00", "2026-04-30", "2026-04-29"))).isEmpty();
        assertThat(CALCULATOR.assess(rule, item("EUR", "1190.00", "2026-04-30", "2026-04-30"))).isEmpty();
        assertThat(CALCULATOR.assess(rule, item("EUR", "1190.00", "2026-04-30", "2026-05-01"))).isNotEmpty();
    }

    @Test
    void anInvalidRuleIsRejectedWithItsProblems() {
        LateFeeRule rule = new LateFeeRule.Statutory("US");

        assertThatThrownBy(() -> CALCULATOR.assess(rule, item("EUR", "1190.00", "2026-04-30", "2026-05-30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid late fee rule: unknown jurisdiction 'US': use one of DE, EU, FR, GB");
    }

    @ParameterizedTest(name = "currency {0}")
    @CsvSource({"eur", "EURO", "ZZZ", "XAU"})
    void anItemNeedsAnInvoiceCurrency(String currency) {
        assertThatThrownBy(() -> item(currency, "1190.00", "2026-04-30", "2026-05-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency '" + currency + "'");
    }
}
