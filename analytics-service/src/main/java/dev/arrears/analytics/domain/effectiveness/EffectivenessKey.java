package dev.arrears.analytics.domain.effectiveness;

import java.time.LocalDate;
import java.util.Comparator;

/** Dunning effectiveness figures of one value of a dimension (e.g. channel EMAIL), for steps taken on one day. */
public record EffectivenessKey(String currency, Dimension dimension, String value, LocalDate day)
        implements Comparable<EffectivenessKey> {

    private static final Comparator<EffectivenessKey> ORDER = Comparator.comparing(EffectivenessKey::currency)
            .thenComparing(EffectivenessKey::dimension).thenComparing(EffectivenessKey::value)
            .thenComparing(EffectivenessKey::day);

    @Override
    public int compareTo(EffectivenessKey other) {
        return ORDER.compare(this, other);
    }
}
