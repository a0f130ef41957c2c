package dev.arrears.analytics.domain.contribution;

import dev.arrears.analytics.domain.effectiveness.EffectivenessKey;
import dev.arrears.analytics.domain.engagement.EngagementKey;
import dev.arrears.analytics.domain.figures.Figures;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What some of a customer's facts add to the tenant's dated figures. The difference between the
 * contributions before and after an event is exactly what the tenant's figures must change by, on
 * exactly the days it changes them, however far back they are.
 */
public final class Contributions {

    private final TreeMap<DailyKey, Figures> daily = new TreeMap<>();
    private final TreeMap<EffectivenessKey, Figures> effectiveness = new TreeMap<>();
    private final TreeMap<EngagementKey, Figures> engagement = new TreeMap<>();

    void addDaily(DailyKey key, Figures figures) {
        merge(daily, key, figures);
    }

    void addEffectiveness(EffectivenessKey key, Figures figures) {
        merge(effectiveness, key, figures);
    }

    void addEngagement(EngagementKey key, Figures figures) {
        merge(engagement, key, figures);
    }

    /** {@code this + other}. */
    public Contributions plus(Contributions other) {
        Contributions sum = new Contributions();
        for (Contributions part : new Contributions[] {this, other}) {
            part.daily.forEach(sum::addDaily);
            part.effectiveness.forEach(sum::addEffectiveness);
            part.engagement.forEach(sum::addEngagement);
        }
        return sum;
    }

    /** {@code this − before}, without the keys that did not change. */
    public Contributions minus(Contributions before) {
        Contributions change = new Contributions();
        daily.forEach(change::addDaily);
        before.daily.forEach((key, figures) -> merge(change.daily, key, Figures.ZERO.minus(figures)));
        effectiveness.forEach(change::addEffectiveness);
        before.effectiveness.forEach((key, figures) -> merge(change.effectiveness, key, Figures.ZERO.minus(figures)));
        engagement.forEach(change::addEngagement);
        before.engagement.forEach((key, figures) -> merge(change.engagement, key, Figures.ZERO.minus(figures)));
        return change;
    }

    public boolean isEmpty() {
        return daily.isEmpty() && effectiveness.isEmpty() && engagement.isEmpty();
    }

    public SortedMap<DailyKey, Figures> daily() {
        return Collections.unmodifiableSortedMap(daily);
    }

    public SortedMap<EffectivenessKey, Figures> effectiveness() {
        return Collections.unmodifiableSortedMap(effectiveness);
    }

    public SortedMap<EngagementKey, Figures> engagement() {
        return Collections.unmodifiableSortedMap(engagement);
    }

    private static <K> void merge(Map<K, Figures> map, K key, Figures figures) {
        Figures sum = map.getOrDefault(key, Figures.ZERO).plus(figures);
        if (sum.isZero()) {
            map.remove(key);
        } else {
            map.put(key, sum);
        }
    }
}
