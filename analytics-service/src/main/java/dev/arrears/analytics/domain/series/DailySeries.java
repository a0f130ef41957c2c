package dev.arrears.analytics.domain.series;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A running sum over dated changes: a stock at the end of a day is the sum up to it, a flow over days
 * the difference of two sums. Built from the changes of one tenant, segment and currency (or one
 * customer) as stored, so the figures "as of day D" are derived when asked, never kept per day.
 */
public final class DailySeries {

    private final NavigableMap<LocalDate, Figures> runningSum = new TreeMap<>();

    private DailySeries() {
    }

    /** From changes in any order; several changes on one day add up. */
    public static DailySeries of(Map<LocalDate, Figures> changes) {
        TreeMap<LocalDate, Figures> sorted = new TreeMap<>();
        changes.forEach((day, figures) -> sorted.merge(day, figures, Figures::plus));
        DailySeries series = new DailySeries();
        Figures sum = Figures.ZERO;
        for (Map.Entry<LocalDate, Figures> change : sorted.entrySet()) {
            sum = sum.plus(change.getValue());
            series.runningSum.put(change.getKey(), sum);
        }
        return series;
    }

    /** Every figure summed up to the end of {@code day}. */
    public Figures at(LocalDate day) {
        Map.Entry<LocalDate, Figures> entry = runningSum.floorEntry(day);
        return entry == null ? Figures.ZERO : entry.getValue();
    }

    /** A stock at the end of {@code day}. */
    public BigDecimal stock(Metric metric, LocalDate day) {
        return at(day).get(metric);
    }

    /** A flow summed from {@code from} to {@code to}, both included. */
    public BigDecimal flow(Metric metric, LocalDate from, LocalDate to) {
        return flows(from, to).get(metric);
    }

    /** Every flow summed from {@code from} to {@code to}, both included. */
    public Figures flows(LocalDate from, LocalDate to) {
        return at(to).minus(at(from.minusDays(1)));
    }

    /** The first day anything happened, or {@code null} for an empty series. */
    public LocalDate firstDay() {
        return runningSum.isEmpty() ? null : runningSum.firstKey();
    }
}
