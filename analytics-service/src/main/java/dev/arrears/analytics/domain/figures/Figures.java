package dev.arrears.analytics.domain.figures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An exact, sparse vector of named figures (amounts, counts, amount × days) that adds and subtracts
 * entry by entry. Every aggregate of this service is a sum of such vectors, which is what lets a late
 * fact be corrected by adding the difference it makes. Zero entries are dropped, so an empty vector is zero.
 */
public final class Figures {

    public static final Figures ZERO = new Figures(Map.of());

    private final SortedMap<String, BigDecimal> values;

    @JsonCreator
    public Figures(Map<String, BigDecimal> values) {
        TreeMap<String, BigDecimal> nonZero = new TreeMap<>();
        values.forEach((name, value) -> {
            if (value.signum() != 0) {
                nonZero.put(name, value);
            }
        });
        this.values = Collections.unmodifiableSortedMap(nonZero);
    }

    public static Figures of(Metric metric, BigDecimal value) {
        return new Figures(Map.of(metric.name(), value));
    }

    @JsonValue
    public SortedMap<String, BigDecimal> values() {
        return values;
    }

    public BigDecimal get(Metric metric) {
        return get(metric.name());
    }

    public BigDecimal get(String name) {
        return values.getOrDefault(name, BigDecimal.ZERO);
    }

    public boolean isZero() {
        return values.isEmpty();
    }

    /** The entries of {@code metrics} only. */
    public Figures only(Set<String> metrics) {
        TreeMap<String, BigDecimal> kept = new TreeMap<>(values);
        kept.keySet().retainAll(metrics);
        return new Figures(kept);
    }

    public Figures plus(Figures other) {
        return combine(other, 1);
    }

    public Figures minus(Figures other) {
        return combine(other, -1);
    }

    private Figures combine(Figures other, int sign) {
        if (other.isZero()) {
            return this;
        }
        TreeMap<String, BigDecimal> sum = new TreeMap<>(values);
        other.values.forEach((name, value) -> sum.merge(name, sign < 0 ? value.negate() : value, BigDecimal::add));
        return new Figures(sum);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Figures other) || other.values.size() != values.size()) {
            return false;
        }
        // Numerically equal, whatever the scale: 1.0 and 1.00 are the same amount.
        return values.entrySet().stream().allMatch(e -> e.getValue().compareTo(other.get(e.getKey())) == 0
                && other.values.containsKey(e.getKey()));
    }

    @Override
    public int hashCode() {
        return values.entrySet().stream()
                .mapToInt(e -> e.getKey().hashCode() ^ e.getValue().stripTrailingZeros().hashCode()).sum();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Accumulates one vector; cheaper than adding immutable vectors one entry at a time. */
    public static final class Builder {
        private final TreeMap<String, BigDecimal> values = new TreeMap<>();

        public Builder add(Metric metric, BigDecimal value) {
            return add(metric.name(), value);
        }

        public Builder add(String name, BigDecimal value) {
            if (value.signum() != 0) {
                values.merge(name, value, BigDecimal::add);
            }
            return this;
        }

        public Builder add(Figures figures) {
            figures.values.forEach(this::add);
            return this;
        }

        public Figures build() {
            return new Figures(values);
        }
    }
}
