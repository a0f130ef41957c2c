package dev.arrears.analytics.domain.risk;

import dev.arrears.analytics.domain.figures.Metric;

/** A customer's risk class from their master data; customers without one are {@link #UNRATED}. */
public enum RiskClass {
    LOW(Metric.OVERDUE_RISK_LOW),
    MEDIUM(Metric.OVERDUE_RISK_MEDIUM),
    HIGH(Metric.OVERDUE_RISK_HIGH),
    UNRATED(Metric.OVERDUE_RISK_UNRATED);

    private final Metric overdue;

    RiskClass(Metric overdue) {
        this.overdue = overdue;
    }

    public static RiskClass of(String riskClass) {
        if (riskClass == null) {
            return UNRATED;
        }
        return switch (riskClass) {
            case "LOW" -> LOW;
            case "MEDIUM" -> MEDIUM;
            case "HIGH" -> HIGH;
            default -> UNRATED;
        };
    }

    /** The metric holding the overdue receivables of customers in this class. */
    public Metric overdueMetric() {
        return overdue;
    }
}
