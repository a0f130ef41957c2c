package dev.arrears.analytics.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What of one series (tenant, currency, segment) is still to publish: the earliest day a change touched
 * since the last publication, and the last day published, so every day gets at least one record.
 *
 * @param dirtyFrom {@code null} when nothing changed since the last publication
 * @param lastPublished {@code null} before the first publication
 */
public record SeriesState(LocalDate dirtyFrom, LocalDate lastPublished) {

    public static final SeriesState NEW = new SeriesState(null, null);

    public SeriesState changedOn(LocalDate day) {
        return new SeriesState(dirtyFrom == null || day.isBefore(dirtyFrom) ? day : dirtyFrom, lastPublished);
    }

    /**
     * The days to publish {@code today}: every changed day up to today but at most {@code maxDaysBack}
     * before it (older corrections are in the REST API), or today alone when it was not published yet.
     * Changes dated after today (an invoice ageing into its next bucket) are published when their day comes.
     */
    public List<LocalDate> daysToPublish(LocalDate today, int maxDaysBack) {
        LocalDate from;
        if (dirtyFrom != null && !dirtyFrom.isAfter(today)) {
            LocalDate earliest = today.minusDays(maxDaysBack);
            from = dirtyFrom.isBefore(earliest) ? earliest : dirtyFrom;
        } else if (lastPublished == null || lastPublished.isBefore(today)) {
            from = today;
        } else {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    public SeriesState publishedUpTo(LocalDate today) {
        return new SeriesState(null, today);
    }
}
