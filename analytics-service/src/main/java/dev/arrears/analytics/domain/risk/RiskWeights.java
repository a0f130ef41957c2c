package dev.arrears.analytics.domain.risk;

import dev.arrears.analytics.domain.figures.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The share of an overdue amount considered at risk of not being collected, by the customer's risk class.
 * Applied when figures are read, so a tenant that tunes the weights sees its whole history re-weighted.
 */
public record RiskWeights(BigDecimal low, BigDecimal medium, BigDecimal high, BigDecimal unrated) {

    public static final RiskWeights DEFAULT = new RiskWeights(new BigDecimal("0.10"), new BigDecimal("0.30"),
            new BigDecimal("0.60"), new BigDecimal("0.30"));

    public BigDecimal of(RiskClass riskClass) {
        return switch (riskClass) {
            case LOW -> low;
            case MEDIUM -> medium;
            case HIGH -> high;
            case UNRATED -> unrated;
        };
    }

    /** Overdue amounts per risk class at the end of a day, from the stocks in {@code figures}. */
    public static Map<RiskClass, BigDecimal> overdueByClass(Figures figures) {
        Map<RiskClass, BigDecimal> overdue = new EnumMap<>(RiskClass.class);
        for (RiskClass riskClass : RiskClass.values()) {
            overdue.put(riskClass, figures.get(riskClass.overdueMetric()));
        }
        return overdue;
    }

    /** Σ overdue(class) × weight(class), rounded half-even to the currency's {@code scale}. */
    public BigDecimal atRisk(Figures figures, int scale) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<RiskClass, BigDecimal> entry : overdueByClass(figures).entrySet()) {
            total = total.add(entry.getValue().multiply(of(entry.getKey())));
        }
        return total.setScale(scale, RoundingMode.HALF_EVEN);
    }
}
