package dev.arrears.dunning.domain.assignment;

import dev.arrears.dunning.domain.policy.DefaultPolicy;

import java.util.List;

/** Which policy a customer's new items are dunned under: a per-customer override, else the first matching rule, else the default. */
public final class PolicyAssignment {

    private PolicyAssignment() {
    }

    public static String choose(List<AssignmentRule> rules, String override, CustomerSegment segment) {
        if (override != null) {
            return override;
        }
        return rules.stream().filter(rule -> rule.matches(segment)).map(AssignmentRule::policyId).findFirst()
                .orElse(DefaultPolicy.ID);
    }
}
