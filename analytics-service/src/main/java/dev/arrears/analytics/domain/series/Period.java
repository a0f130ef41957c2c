package dev.arrears.analytics.domain.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar periods a range of days is reported in; the first and last are cut to the range. */
public enum Period {
    DAY,
    /** ISO weeks, Monday to Sunday. */
    WEEK,
    MONTH,
    QUARTER;

    /** The periods covering {@code from}..{@code to}, in order, each as its first and last day. */
    public List<Range> split(LocalDate from, LocalDate to) {
        List<Range> ranges = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = endOf(start);
            ranges.add(new Range(start, end.isAfter(to) ? to : end));
            start = end.plusDays(1);
        }
        return ranges;
    }

    private LocalDate endOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        };
    }

    /** Days {@code from} to {@code to}, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }
}
