package dev.arrears.analytics.domain;

import dev.arrears.analytics.domain.risk.RiskWeights;
import dev.arrears.analytics.domain.segment.SegmentBy;

import java.time.ZoneId;
import java.util.List;

/**
 * How the figures are cut and judged.
 *
 * @param zone dates instants of customers without a time zone, and is the reporting calendar ("today")
 * @param promiseGraceDays days after the promised date before a promise counts as broken
 * @param effectivenessWindows the N of "paid within N days after a dunning step"
 * @param dsoWindows rolling windows (days) DSO and rolling flows are reported over
 */
public record AnalyticsSettings(SegmentBy segmentBy, ZoneId zone, int promiseGraceDays, List<Integer> effectivenessWindows,
        List<Integer> dsoWindows, RiskWeights riskWeights) {

    public AnalyticsSettings {
        effectivenessWindows = effectivenessWindows.stream().sorted().distinct().toList();
        dsoWindows = dsoWindows.stream().sorted().distinct().toList();
    }

    /** The defaults of {@code application.properties}, for tests and tools. */
    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(SegmentBy.SIZE, ZoneId.of("UTC"), 3, List.of(7, 14), List.of(30, 90), RiskWeights.DEFAULT);
    }
}
