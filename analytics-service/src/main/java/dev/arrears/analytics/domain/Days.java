package dev.arrears.analytics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Ratios reported as days or percentages: exact division to 34 digits, then half-even to two places. */
public final class Days {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Days() {
    }

    /** {@code numerator / denominator × factor}, or {@code null} when the denominator is not positive. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal factor) {
        if (denominator.signum() <= 0) {
            return null;
        }
        return round(numerator.multiply(factor).divide(denominator, EXACT));
    }

    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return ratio(part, whole, HUNDRED);
    }

    public static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
