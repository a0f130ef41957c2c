package dev.arrears.analytics.domain.cei;

import dev.arrears.analytics.domain.Days;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Collection effectiveness index: of what could have been collected in a period (what was open at its
 * start plus what was sold on credit during it), the share collected, leaving out what is not yet due at
 * its end: (BR + CS − ETR) / (BR + CS − ECR) × 100.
 */
public final class Cei {

    private Cei() {
    }

    public static CeiFigures of(DailySeries series, LocalDate from, LocalDate to) {
        BigDecimal beginning = series.stock(Metric.RECEIVABLES, from.minusDays(1));
        BigDecimal sales = series.flow(Metric.CREDIT_SALES, from, to);
        BigDecimal ending = series.stock(Metric.RECEIVABLES, to);
        BigDecimal endingCurrent = series.stock(Metric.AGING_CURRENT, to);
        return new CeiFigures(from, to, beginning, sales, ending, endingCurrent, of(beginning, sales, ending, endingCurrent));
    }

    /** The index in percent, {@code null} when the denominator is not positive. */
    public static BigDecimal of(BigDecimal beginning, BigDecimal sales, BigDecimal ending, BigDecimal endingCurrent) {
        BigDecimal collectible = beginning.add(sales);
        return Days.percent(collectible.subtract(ending), collectible.subtract(endingCurrent));
    }
}
