package dev.arrears.analytics.domain.timing;

import dev.arrears.analytics.domain.Days;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How long customers took to pay what they paid in a period, weighted by amount (a large invoice paid late
 * weighs more than a small one):
 *
 * @param averageDaysToPay Σ amount × (payment day − issue day) / Σ amount
 * @param averageDaysLate Σ amount × max(0, payment day − due day) / Σ amount
 * @param averageTimeToCollect of the amounts paid after their due date only: Σ amount × (payment day − due
 *         day) / Σ amount, the time dunning had to work
 */
public record PaymentTiming(LocalDate from, LocalDate to, BigDecimal collected, BigDecimal collectedLate,
        BigDecimal averageDaysToPay, BigDecimal averageDaysLate, BigDecimal averageTimeToCollect) {

    public static PaymentTiming of(DailySeries series, LocalDate from, LocalDate to) {
        Figures flows = series.flows(from, to);
        BigDecimal collected = flows.get(Metric.COLLECTED);
        BigDecimal late = flows.get(Metric.COLLECTED_LATE);
        return new PaymentTiming(from, to, collected, late,
                Days.ratio(flows.get(Metric.DAYS_TO_PAY_WEIGHTED), collected, BigDecimal.ONE),
                Days.ratio(flows.get(Metric.DAYS_LATE_WEIGHTED), collected, BigDecimal.ONE),
                Days.ratio(flows.get(Metric.DAYS_LATE_WEIGHTED), late, BigDecimal.ONE));
    }
}
