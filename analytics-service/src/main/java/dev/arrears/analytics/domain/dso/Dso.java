package dev.arrears.analytics.domain.dso;

import dev.arrears.analytics.domain.Days;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days sales outstanding by the standard (Credit Research Foundation) method, by the count-back method, and
 * the best possible DSO and average days delinquent that go with them.
 */
public final class Dso {

    /** A count-back that needs more than this many months of sales has no meaningful answer. */
    static final int MAX_MONTHS = 120;

    private Dso() {
    }

    public static DsoFigures of(DailySeries series, LocalDate day, int windowDays) {
        BigDecimal receivables = series.stock(Metric.RECEIVABLES, day);
        BigDecimal current = series.stock(Metric.AGING_CURRENT, day);
        BigDecimal sales = series.flow(Metric.CREDIT_SALES, day.minusDays(windowDays - 1L), day);
        BigDecimal standard = standard(receivables, sales, windowDays);
        BigDecimal bestPossible = standard(current, sales, windowDays);
        BigDecimal delinquent = standard == null ? null : standard.subtract(bestPossible);
        return new DsoFigures(day, windowDays, receivables, current, sales, standard, countBack(series, day), bestPossible,
                delinquent);
    }

    /** {@code receivables / creditSales × days}; {@code null} when there were no credit sales. */
    public static BigDecimal standard(BigDecimal receivables, BigDecimal creditSales, int days) {
        return Days.ratio(receivables, creditSales, BigDecimal.valueOf(days));
    }

    /**
     * Walks back month by month (months ending on {@code day}: for the last day of a month, the calendar
     * months) taking each month's credit sales off the receivables and adding its days, until a month's
     * sales are more than what is left; that month adds the fraction left / sales of its days. Months
     * without sales add all their days.
     */
    public static BigDecimal countBack(DailySeries series, LocalDate day) {
        BigDecimal left = series.stock(Metric.RECEIVABLES, day);
        if (left.signum() <= 0) {
            return Days.round(BigDecimal.ZERO);
        }
        LocalDate firstDay = series.firstDay();
        BigDecimal days = BigDecimal.ZERO;
        for (int month = 1; month <= MAX_MONTHS; month++) {
            LocalDate end = day.minusMonths(month - 1L);
            LocalDate start = day.minusMonths(month).plusDays(1);
            if (firstDay == null || end.isBefore(firstDay)) {
                return null;
            }
            BigDecimal length = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1);
            BigDecimal sales = series.flow(Metric.CREDIT_SALES, start, end);
            if (sales.compareTo(left) >= 0) {
                return Days.round(days.add(left.multiply(length).divide(sales, MathContext.DECIMAL128)));
            }
            days = days.add(length);
            left = left.subtract(sales.max(BigDecimal.ZERO));
        }
        return null;
    }
}
