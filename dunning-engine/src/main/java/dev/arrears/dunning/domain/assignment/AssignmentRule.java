package dev.arrears.dunning.domain.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks a policy for customers whose segment matches every attribute the rule names; an empty set or a
 * {@code null} bound does not restrict. Tags match when the customer has any of them.
 */
public record AssignmentRule(String policyId, Set<String> industries, Set<String> sizes, Set<String> countries, Set<String> tags,
                             Set<String> riskClasses, Integer minAverageDaysLate, Integer maxAverageDaysLate) {

    public AssignmentRule {
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        sizes = sizes == null ? Set.of() : Set.copyOf(sizes);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        riskClasses = riskClasses == null ? Set.of() : Set.copyOf(riskClasses);
    }

    public boolean matches(CustomerSegment s) {
        return within(industries, s.industry()) && within(sizes, s.size()) && within(countries, s.country())
                && within(riskClasses, s.riskClass())
                && (tags.isEmpty() || s.tags().stream().anyMatch(tags::contains))
                && (minAverageDaysLate == null || s.averageDaysLate() != null && s.averageDaysLate() >= minAverageDaysLate)
                && (maxAverageDaysLate == null || s.averageDaysLate() != null && s.averageDaysLate() <= maxAverageDaysLate);
    }

    /** What makes the rule unusable, as sentences naming the field. */
    public List<String> problems(String at) {
        List<String> problems = new ArrayList<>();
        if (policyId == null || policyId.isBlank()) {
            problems.add(at + ".policyId is required");
        }
        if (minAverageDaysLate != null && maxAverageDaysLate != null && minAverageDaysLate > maxAverageDaysLate) {
            problems.add(at + ".minAverageDaysLate is above maxAverageDaysLate");
        }
        return problems;
    }

    private static boolean within(Set<String> allowed, String value) {
        return allowed.isEmpty() || value != null && allowed.contains(value);
    }
}
