package dev.arrears.dunning.domain.fee;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an overdue item is charged for being late, as configuration: a flat fee, a percentage of what is open, or what
 * the law of a jurisdiction grants a business creditor. {@link FeeCalculator} turns a rule and an item into fees.
 *
 * <p>In JSON the variant is named by {@code kind}: {@code {"kind": "STATUTORY", "jurisdiction": "DE"}}. The Jackson
 * annotations are the only framework types in this package; they carry no behaviour.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LateFeeRule.Fixed.class, name = "FIXED"),
        @JsonSubTypes.Type(value = LateFeeRule.Percentage.class, name = "PERCENTAGE"),
        @JsonSubTypes.Type(value = LateFeeRule.Statutory.class, name = "STATUTORY")})
public sealed interface LateFeeRule {

    /** Everything that makes the rule unusable, as readable sentences; empty when it is valid. */
    List<String> problems();

    /**
     * A flat fee each time the rule is applied, in the item's currency.
     *
     * @param amountByCurrency the fee per ISO 4217 code; an item in a currency without an entry is charged nothing
     */
    record Fixed(Map<String, BigDecimal> amountByCurrency) implements LateFeeRule {

        public Fixed {
            amountByCurrency = CurrencyAmounts.copy(amountByCurrency);
        }

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (amountByCurrency.isEmpty()) {
                problems.add("amountByCurrency needs at least one currency");
            }
            CurrencyAmounts.addProblems("amountByCurrency", amountByCurrency, problems);
            return problems;
        }
    }

    /**
     * A percentage of the dunnable amount each time the rule is applied, raised to a minimum and capped at a maximum.
     *
     * @param percent e.g. {@code 2.5} for 2.5 %
     * @param minimumByCurrency the least fee per currency (absent currency: no minimum); never charged on nothing open
     * @param maximumByCurrency the greatest fee per currency (absent currency: no cap)
     */
    record Percentage(BigDecimal percent, Map<String, BigDecimal> minimumByCurrency,
                      Map<String, BigDecimal> maximumByCurrency) implements LateFeeRule {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public Percentage {
            minimumByCurrency = CurrencyAmounts.copy(minimumByCurrency);
            maximumByCurrency = CurrencyAmounts.copy(maximumByCurrency);
        }

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (percent == null) {
                problems.add("percent is required");
            } else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problems.add("percent must be between 0 and 100, got " + percent.toPlainString());
            }
            CurrencyAmounts.addProblems("minimumByCurrency", minimumByCurrency, problems);
            CurrencyAmounts.addProblems("maximumByCurrency", maximumByCurrency, problems);
            minimumByCurrency.forEach((code, minimum) -> {
                BigDecimal maximum = maximumByCurrency.get(code);
                if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
                    problems.add("minimumByCurrency." + code + " " + minimum.toPlainString()
                            + " is above maximumByCurrency." + code + " " + maximum.toPlainString());
                }
            });
            return problems;
        }
    }

    /**
     * What the late-payment law of a jurisdiction grants a business creditor: a one-off compensation for recovery
     * costs and interest at the statutory rate. See {@link StatutoryRegime} for each jurisdiction.
     *
     * @param jurisdiction {@code EU} (Directive 2011/7/EU as such), {@code DE}, {@code FR} or {@code GB}
     */
    record Statutory(String jurisdiction) implements LateFeeRule {

        @Override
        public List<String> problems() {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                return List.of("jurisdiction is required");
            }
            if (StatutoryRegime.of(jurisdiction).isEmpty()) {
                return List.of("unknown jurisdiction '" + jurisdiction + "': use one of " + StatutoryRegime.codes());
            }
            return List.of();
        }
    }
}
