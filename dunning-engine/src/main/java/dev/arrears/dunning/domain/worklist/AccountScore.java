package dev.arrears.dunning.domain.worklist;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How urgently a collector should work an account: value at stake times the risk of not collecting it.
 *
 * <pre>
 * score = ln(1 + overdue amount)            value, with diminishing returns so one huge invoice does not bury the rest
 *       × (1 + max days overdue / 30)        age: collectability falls month by month
 *       × risk class factor                  LOW 0.8, MEDIUM 1.0, HIGH 1.5, unknown 1.0
 *       × (1 + 0.5 × broken promises)        a customer who broke promises needs a firmer call
 *       × (1 + average days late / 60)       chronic late payers drift further
 * </pre>
 *
 * Amounts in different currencies are added without conversion: the score ranks, it does not value.
 */
public final class AccountScore {

    private AccountScore() {
    }

    public static BigDecimal of(BigDecimal overdueAmount, int maxDaysOverdue, String riskClass, int brokenPromises,
                                Integer averageDaysLate) {
        double value = Math.log1p(Math.max(0, overdueAmount.doubleValue()));
        double age = 1 + Math.max(0, maxDaysOverdue) / 30.0;
        double promises = 1 + 0.5 * brokenPromises;
        double lateness = 1 + (averageDaysLate == null ? 0 : Math.max(0, averageDaysLate)) / 60.0;
        double score = value * age * riskFactor(riskClass) * promises * lateness;
        // A ranking, not money: two decimals are enough to read and stable to compare.
        return new BigDecimal(score, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    static double riskFactor(String riskClass) {
        if (riskClass == null) {
            return 1.0;
        }
        return switch (riskClass) {
            case "LOW" -> 0.8;
            case "HIGH" -> 1.5;
            default -> 1.0;
        };
    }
}
