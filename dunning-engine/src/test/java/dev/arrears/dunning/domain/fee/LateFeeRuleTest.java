package dev.arrears.dunning.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the REST API will show for a bad rule, and how rules travel as JSON. */
class LateFeeRuleTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static Stream<Arguments> invalidRules() {
        return Stream.of(
                Arguments.of(new LateFeeRule.Fixed(Map.of()),
                        List.of("amountByCurrency needs at least one currency")),
                Arguments.of(new LateFeeRule.Fixed(null),
                        List.of("amountByCurrency needs at least one currency")),
                Arguments.of(new LateFeeRule.Fixed(amounts("EUR", "-1.00")),
                        List.of("amountByCurrency.EUR must not be negative, got -1.00")),
                Arguments.of(new LateFeeRule.Fixed(amounts("EURO", "5.00", "eur", "5.00", "ZZZ", "5.00")),
                        List.of("amountByCurrency: currency 'EURO' is not an ISO 4217 code",
                                "amountByCurrency: currency 'ZZZ' is not an ISO 4217 code",
                                "amountByCurrency: currency 'eur' is not an ISO 4217 code")),
                Arguments.of(new LateFeeRule.Fixed(amounts("XAU", "1")),
                        List.of("amountByCurrency: currency 'XAU' has no minor unit and cannot be invoiced")),
                Arguments.of(new LateFeeRule.Fixed(amounts("JPY", "1.5", "EUR", "0.001")),
                        List.of("amountByCurrency.EUR 0.001 has more decimals than EUR allows (2)",
                                "amountByCurrency.JPY 1.5 has more decimals than JPY allows (0)")),
                Arguments.of(new LateFeeRule.Fixed(amounts("EUR", null)),
                        List.of("amountByCurrency.EUR is required")),
                Arguments.of(new LateFeeRule.Percentage(null, null, null),
                        List.of("percent is required")),
                Arguments.of(new LateFeeRule.Percentage(new BigDecimal("-1"), null, null),
                        List.of("percent must be between 0 and 100, got -1")),
                Arguments.of(new LateFeeRule.Percentage(new BigDecimal("150"), null, null),
                        List.of("percent must be between 0 and 100, got 150")),
                Arguments.of(new LateFeeRule.Percentage(new BigDecimal("2"), amounts("EUR", "50.00"), amounts("EUR", "20.00")),
                        List.of("minimumByCurrency.EUR 50.00 is above maximumByCurrency.EUR 20.00")),
                Arguments.of(new LateFeeRule.Percentage(new BigDecimal("2"), amounts("EUR", "-5.00"), amounts("usd", "10")),
                        List.of("minimumByCurrency.EUR must not be negative, got -5.00",
                                "maximumByCurrency: currency 'usd' is not an ISO 4217 code")),
                Arguments.of(new LateFeeRule.Statutory(null), List.of("jurisdiction is required")),
                Arguments.of(new LateFeeRule.Statutory(" "), List.of("jurisdiction is required")),
                Arguments.of(new LateFeeRule.Statutory("US"), List.of("unknown jurisdiction 'US': use one of DE, EU, FR, GB")),
                Arguments.of(new LateFeeRule.Statutory("de"), List.of("unknown jurisdiction 'de': use one of DE, EU, FR, GB")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRules")
    void namesEveryProblem(LateFeeRule rule, List<String> problems) {
        assertThat(rule.problems()).containsExactlyElementsOf(problems);
    }

    static Stream<Arguments> validRules() {
        return Stream.of(
                Arguments.of(new LateFeeRule.Fixed(amounts("EUR", "5.00", "JPY", "500", "GBP", "0"))),
                Arguments.of(new LateFeeRule.Percentage(new BigDecimal("2.5"), amounts("EUR", "5.00"), amounts("EUR", "50.00"))),
                Arguments.of(new LateFeeRule.Percentage(new BigDecimal("0"), amounts("EUR", "5.00"), null)),
                Arguments.of(new LateFeeRule.Statutory("EU")),
                Arguments.of(new LateFeeRule.Statutory("DE")),
                Arguments.of(new LateFeeRule.Statutory("FR")),
                Arguments.of(new LateFeeRule.Statutory("GB")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRules")
    void aValidRuleHasNoProblems(LateFeeRule rule) {
        assertThat(rule.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRules")
    void survivesAJsonRoundTrip(LateFeeRule rule) throws Exception {
        String json = JSON.writeValueAsString(rule);

        assertThat(JSON.readValue(json, LateFeeRule.class)).isEqualTo(rule);
        assertThat(json).doesNotContain("problems");
    }

    @Test
    void theJsonNamesTheKind() throws Exception {
        assertThat(JSON.writeValueAsString(new LateFeeRule.Fixed(amounts("EUR", "5.00", "CHF", "5.50"))))
                .isEqualTo("{\"kind\":\"FIXED\",\"amountByCurrency\":{\"CHF\":5.50,\"EUR\":5.00}}");
        assertThat(JSON.writeValueAsString(new LateFeeRule.Percentage(new BigDecimal("2.5"), amounts("EUR", "5.00"), null)))
                .isEqualTo("{\"kind\":\"PERCENTAGE\",\"percent\":2.5,\"minimumByCurrency\":{\"EUR\":5.00},\"maximumByCurrency\":{}}");
        assertThat(JSON.writeValueAsString(new LateFeeRule.Statutory("DE")))
                .isEqualTo("{\"kind\":\"STATUTORY\",\"jurisdiction\":\"DE\"}");
    }

    @Test
    void readsWhatAClientSends() throws Exception {
        // Amounts keep their decimals exactly, whether sent as numbers or strings; absent maps are empty.
        LateFeeRule rule = JSON.readValue(
                "{\"kind\": \"PERCENTAGE\", \"percent\": 2.50, \"minimumByCurrency\": {\"EUR\": \"5.00\"}}", LateFeeRule.class);

        assertThat(rule).isEqualTo(new LateFeeRule.Percentage(new BigDecimal("2.50"), amounts("EUR", "5.00"), Map.of()));
    }

    @Test
    void aNullAmountInJsonIsAProblemNotACrash() throws Exception {
        LateFeeRule rule = JSON.readValue("{\"kind\": \"FIXED\", \"amountByCurrency\": {\"EUR\": null}}", LateFeeRule.class);

        assertThat(rule.problems()).containsExactly("amountByCurrency.EUR is required");
    }

    @Test
    void anUnknownKindIsRejected() {
        assertThatThrownBy(() -> JSON.readValue("{\"kind\": \"DAILY\"}", LateFeeRule.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("DAILY");
    }

    /** Pairs of code and amount; a null amount is kept, as JSON can send one. */
    private static Map<String, BigDecimal> amounts(String... codesAndAmounts) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            amounts.put(codesAndAmounts[i], codesAndAmounts[i + 1] == null ? null : new BigDecimal(codesAndAmounts[i + 1]));
        }
        return amounts;
    }
}
