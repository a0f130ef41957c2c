package dev.arrears.analytics.domain.series;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.arrears.analytics.domain.figures.Figures;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small series kept in one value: dated changes of a few figures, e.g. one customer's balance and aging
 * in one currency, so "as of day D" for many customers costs one read each.
 */
public final class DatedFigures {

    public static final DatedFigures EMPTY = new DatedFigures(Map.of());

    private final SortedMap<LocalDate, Figures> changes;

    @JsonCreator
    public DatedFigures(Map<LocalDate, Figures> changes) {
        TreeMap<LocalDate, Figures> nonZero = new TreeMap<>();
        changes.forEach((day, figures) -> {
            if (!figures.isZero()) {
                nonZero.put(day, figures);
            }
        });
        this.changes = Collections.unmodifiableSortedMap(nonZero);
    }

    @JsonValue
    public SortedMap<LocalDate, Figures> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public DatedFigures plus(Map<LocalDate, Figures> more) {
        TreeMap<LocalDate, Figures> sum = new TreeMap<>(changes);
        more.forEach((day, figures) -> sum.merge(day, figures, Figures::plus));
        return new DatedFigures(sum);
    }

    /** Every figure summed up to the end of {@code day}. */
    public Figures at(LocalDate day) {
        Figures.Builder sum = new Figures.Builder();
        changes.headMap(day.plusDays(1)).values().forEach(sum::add);
        return sum.build();
    }
}
