package dev.arrears.dunning.domain.assignment;

import java.util.Set;

/**
 * The attributes policies are assigned on.
 *
 * @param averageDaysLate how late the customer paid settled items on average, or {@code null} without history
 */
public record CustomerSegment(String industry, String size, String country, Set<String> tags, String riskClass,
                              Integer averageDaysLate) {

    public CustomerSegment {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
