package dev.arrears.analytics.domain.effectiveness;

/** Names of the effectiveness figures kept per dimension value and day of the step. */
public final class EffectivenessMetrics {

    /** Items (invoices or installments) a step named. */
    public static final String ITEMS = "ITEMS";
    /** Their open amount when the step was taken. */
    public static final String DUNNED = "DUNNED";

    private EffectivenessMetrics() {
    }

    /** Of {@link #DUNNED}, what was paid from the step's day to {@code days} days after it. */
    public static String paidWithin(int days) {
        return "PAID_WITHIN_" + days;
    }
}
