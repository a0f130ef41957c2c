package dev.arrears.analytics.domain.effectiveness;

import dev.arrears.analytics.domain.Days;
import dev.arrears.analytics.domain.figures.Figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * How well one value of a dimension (a step, a channel, a template, a tone) worked over the steps taken in
 * a period: of the open amount the steps named, the share paid from the step's day to N days after it.
 * A payment counts for every step that named the item within N days before it.
 *
 * @param paid one entry per window, shortest first
 */
public record Effectiveness(String value, long items, BigDecimal dunned, List<Paid> paid) {

    public static Effectiveness of(String value, Figures sum, List<Integer> windows) {
        BigDecimal dunned = sum.get(EffectivenessMetrics.DUNNED);
        List<Paid> paid = windows.stream().map(days -> {
            BigDecimal amount = sum.get(EffectivenessMetrics.paidWithin(days));
            return new Paid(days, amount, Days.percent(amount, dunned));
        }).toList();
        return new Effectiveness(value, sum.get(EffectivenessMetrics.ITEMS).longValueExact(), dunned, paid);
    }

    /** @param share percent of the dunned amount, {@code null} when nothing was dunned */
    public record Paid(int withinDays, BigDecimal amount, BigDecimal share) {
    }
}
