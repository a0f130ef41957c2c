package dev.arrears.analytics.domain.engagement;

import dev.arrears.analytics.domain.effectiveness.Dimension;

import java.time.LocalDate;
import java.util.Comparator;

/** Engagement figures of the messages of one value of a dimension (e.g. channel EMAIL) sent on one day. */
public record EngagementKey(Dimension dimension, String value, LocalDate day) implements Comparable<EngagementKey> {

    private static final Comparator<EngagementKey> ORDER = Comparator.comparing(EngagementKey::dimension)
            .thenComparing(EngagementKey::value).thenComparing(EngagementKey::day);

    @Override
    public int compareTo(EngagementKey other) {
        return ORDER.compare(this, other);
    }
}
