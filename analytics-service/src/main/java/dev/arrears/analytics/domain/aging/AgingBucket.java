package dev.arrears.analytics.domain.aging;

import dev.arrears.analytics.domain.figures.Metric;

import java.util.HashSet;
import java.util.Set;

/** The aging buckets of an open amount by days past due, as in an aged receivables report. */
public enum AgingBucket {
    CURRENT(Long.MIN_VALUE, Metric.AGING_CURRENT, Metric.ITEMS_CURRENT),
    DAYS_1_30(1, Metric.AGING_1_30, Metric.ITEMS_1_30),
    DAYS_31_60(31, Metric.AGING_31_60, Metric.ITEMS_31_60),
    DAYS_61_90(61, Metric.AGING_61_90, Metric.ITEMS_61_90),
    DAYS_91_120(91, Metric.AGING_91_120, Metric.ITEMS_91_120),
    OVER_120(121, Metric.AGING_OVER_120, Metric.ITEMS_OVER_120);

    private final long firstDayPastDue;
    private final Metric amount;
    private final Metric items;

    AgingBucket(long firstDayPastDue, Metric amount, Metric items) {
        this.firstDayPastDue = firstDayPastDue;
        this.amount = amount;
        this.items = items;
    }

    /** Receivables and every bucket's amount and items: what an aged balance is made of. */
    public static final Set<String> BALANCE_METRICS = balanceMetrics();

    /** The bucket of an amount {@code daysPastDue} days after its due date (zero or less: not yet overdue). */
    public static AgingBucket of(long daysPastDue) {
        AgingBucket[] buckets = values();
        for (int i = buckets.length - 1; i > 0; i--) {
            if (daysPastDue >= buckets[i].firstDayPastDue) {
                return buckets[i];
            }
        }
        return CURRENT;
    }

    /** Days past due on which an amount enters this bucket; the days an open amount changes bucket. */
    public long firstDayPastDue() {
        return firstDayPastDue;
    }

    public boolean overdue() {
        return this != CURRENT;
    }

    public Metric amountMetric() {
        return amount;
    }

    public Metric itemsMetric() {
        return items;
    }

    private static Set<String> balanceMetrics() {
        Set<String> metrics = new HashSet<>();
        metrics.add(Metric.RECEIVABLES.name());
        for (AgingBucket bucket : values()) {
            metrics.add(bucket.amount.name());
            metrics.add(bucket.items.name());
        }
        return Set.copyOf(metrics);
    }
}
