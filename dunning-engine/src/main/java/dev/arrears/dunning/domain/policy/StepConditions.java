package dev.arrears.dunning.domain.policy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * When a step applies at all. A step whose conditions fail is skipped, not postponed: the next step
 * still follows its own schedule.
 *
 * @param minimumOpenAmount per currency: below it the step is not worth a contact (absent currency: no minimum)
 * @param riskClasses the customer risk classes the step is for (empty: all)
 * @param quietDays only if the customer was not contacted in the last N days ({@code null}: no such rule)
 */
public record StepConditions(Map<String, BigDecimal> minimumOpenAmount, Set<String> riskClasses, Integer quietDays) {

    public static final StepConditions NONE = new StepConditions(Map.of(), Set.of(), null);

    public StepConditions {
        minimumOpenAmount = minimumOpenAmount == null ? Map.of() : Map.copyOf(minimumOpenAmount);
        riskClasses = riskClasses == null ? Set.of() : Set.copyOf(riskClasses);
    }

    /** Whether the step applies to an item with this open amount for a customer of this risk class. */
    public boolean allow(BigDecimal openAmount, String currency, String riskClass, Integer daysSinceLastContact) {
        BigDecimal minimum = minimumOpenAmount.get(currency);
        if (minimum != null && openAmount.compareTo(minimum) < 0) {
            return false;
        }
        if (!riskClasses.isEmpty() && (riskClass == null || !riskClasses.contains(riskClass))) {
            return false;
        }
        return quietDays == null || daysSinceLastContact == null || daysSinceLastContact >= quietDays;
    }
}
