package dev.arrears.analytics.domain.promise;

import dev.arrears.analytics.domain.Days;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Promises to pay that came due in a period (kept or broken in it) and the share broken, by count and by
 * amount, with the amount still promised at the period's end.
 */
public record PromiseRates(LocalDate from, LocalDate to, BigDecimal promisedAtEnd, long kept, long broken,
        BigDecimal keptAmount, BigDecimal brokenAmount, BigDecimal brokenRate, BigDecimal brokenAmountRate) {

    public static PromiseRates of(DailySeries series, LocalDate from, LocalDate to) {
        Figures flows = series.flows(from, to);
        BigDecimal kept = flows.get(Metric.PROMISES_KEPT);
        BigDecimal broken = flows.get(Metric.PROMISES_BROKEN);
        BigDecimal keptAmount = flows.get(Metric.PROMISED_KEPT_AMOUNT);
        BigDecimal brokenAmount = flows.get(Metric.PROMISED_BROKEN_AMOUNT);
        return new PromiseRates(from, to, series.stock(Metric.PROMISED, to), kept.longValueExact(), broken.longValueExact(),
                keptAmount, brokenAmount, Days.percent(broken, kept.add(broken)),
                Days.percent(brokenAmount, keptAmount.add(brokenAmount)));
    }
}
