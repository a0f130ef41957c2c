package dev.arrears.analytics.domain.contribution;

import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.effectiveness.EffectivenessKey;
import dev.arrears.analytics.domain.effectiveness.EffectivenessMetrics;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.ledger.Dispute;
import dev.arrears.analytics.domain.ledger.DunningStep;
import dev.arrears.analytics.domain.ledger.Installment;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.ledger.Movement;
import dev.arrears.analytics.domain.risk.RiskClass;
import dev.arrears.analytics.domain.timeline.Applied;
import dev.arrears.analytics.domain.timeline.ItemTimeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One invoice's dated figures in its currency: changes of its open amount, aging, overdue and disputed
 * amounts on the days they change (including the future days it moves to an older aging bucket if
 * nothing else happens), its credit sale, what was paid, credited and written off and how late, and how
 * much was paid after each dunning step.
 */
public final class ItemContribution {

    private final TreeMap<LocalDate, Figures.Builder> daily = new TreeMap<>();
    private final TreeMap<EffectivenessKey, Figures> effectiveness = new TreeMap<>();
    private final String currency;

    private ItemContribution(String currency) {
        this.currency = currency;
    }

    public static ItemContribution of(ItemFacts facts, RiskClass riskClass, ZoneId zone, List<Integer> paidWithinDays) {
        ItemContribution contribution = new ItemContribution(facts.currency());
        ItemTimeline.of(facts, zone).ifPresent(timeline -> {
            contribution.stocks(timeline, facts, riskClass, zone);
            contribution.flows(timeline);
            contribution.steps(timeline, facts, zone, paidWithinDays);
        });
        return contribution;
    }

    public String currency() {
        return currency;
    }

    public SortedMap<LocalDate, Figures> daily() {
        TreeMap<LocalDate, Figures> result = new TreeMap<>();
        daily.forEach((day, builder) -> {
            Figures figures = builder.build();
            if (!figures.isZero()) {
                result.put(day, figures);
            }
        });
        return result;
    }

    public SortedMap<EffectivenessKey, Figures> effectiveness() {
        return effectiveness;
    }

    /** Balances at the end of each day they may change, recorded as the change from the day before. */
    private void stocks(ItemTimeline timeline, ItemFacts facts, RiskClass riskClass, ZoneId zone) {
        LocalDate issued = timeline.issueDate();
        TreeSet<LocalDate> days = new TreeSet<>(timeline.changeDays());
        for (Installment installment : timeline.installments()) {
            for (AgingBucket bucket : AgingBucket.values()) {
                if (bucket.overdue()) {
                    days.add(latest(installment.dueDate().plusDays(bucket.firstDayPastDue()), issued));
                }
            }
        }
        for (Dispute dispute : facts.disputes().values()) {
            if (dispute.openedAt() != null) {
                days.add(latest(LocalDate.ofInstant(dispute.openedAt(), zone), issued));
            }
            if (dispute.resolvedAt() != null) {
                days.add(latest(LocalDate.ofInstant(dispute.resolvedAt(), zone), issued));
            }
        }
        Figures before = Figures.ZERO;
        for (LocalDate day : days) {
            Figures now = stockAt(timeline, facts, riskClass, zone, day);
            add(day, now.minus(before));
            before = now;
        }
    }

    private static Figures stockAt(ItemTimeline timeline, ItemFacts facts, RiskClass riskClass, ZoneId zone, LocalDate day) {
        Figures.Builder stock = new Figures.Builder();
        BigDecimal[] open = timeline.openAt(day);
        BigDecimal receivables = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        for (int i = 0; i < open.length; i++) {
            if (open[i].signum() == 0) {
                continue;
            }
            AgingBucket bucket = AgingBucket.of(ChronoUnit.DAYS.between(timeline.installments().get(i).dueDate(), day));
            stock.add(bucket.amountMetric(), open[i]).add(bucket.itemsMetric(), BigDecimal.ONE);
            receivables = receivables.add(open[i]);
            if (bucket.overdue()) {
                overdue = overdue.add(open[i]);
            }
        }
        stock.add(Metric.RECEIVABLES, receivables).add(riskClass.overdueMetric(), overdue);
        // A dispute cannot hold back more than is still open.
        stock.add(Metric.DISPUTED, disputedAt(facts, timeline.issueDate(), zone, day).min(receivables));
        return stock.build();
    }

    private static BigDecimal disputedAt(ItemFacts facts, LocalDate issued, ZoneId zone, LocalDate day) {
        BigDecimal disputed = BigDecimal.ZERO;
        for (Dispute dispute : facts.disputes().values()) {
            boolean opened = dispute.openedAt() != null && !latest(LocalDate.ofInstant(dispute.openedAt(), zone), issued).isAfter(day);
            boolean resolved = dispute.resolvedAt() != null && !latest(LocalDate.ofInstant(dispute.resolvedAt(), zone), issued).isAfter(day);
            if (opened && !resolved) {
                disputed = disputed.add(dispute.amount());
            }
        }
        return disputed;
    }

    private void flows(ItemTimeline timeline) {
        add(timeline.issueDate(), Figures.of(Metric.CREDIT_SALES, timeline.amount()));
        if (timeline.voidDay() != null) {
            add(timeline.voidDay(), Figures.of(Metric.CREDIT_SALES, timeline.voidedOpen().negate()));
        }
        for (Applied part : timeline.applied()) {
            Figures.Builder flow = new Figures.Builder();
            switch (part.kind()) {
                case PAYMENT -> {
                    LocalDate due = timeline.installments().get(part.installment()).dueDate();
                    long daysToPay = ChronoUnit.DAYS.between(timeline.issueDate(), part.day());
                    long daysLate = ChronoUnit.DAYS.between(due, part.day());
                    flow.add(Metric.COLLECTED, part.amount())
                            .add(Metric.DAYS_TO_PAY_WEIGHTED, part.amount().multiply(BigDecimal.valueOf(daysToPay)));
                    if (daysLate > 0) {
                        flow.add(Metric.COLLECTED_LATE, part.amount())
                                .add(Metric.DAYS_LATE_WEIGHTED, part.amount().multiply(BigDecimal.valueOf(daysLate)));
                    }
                }
                case CREDIT -> flow.add(Metric.CREDITED, part.amount());
                case WRITE_OFF -> flow.add(Metric.WRITTEN_OFF, part.amount());
                default -> throw new IllegalStateException("a reversal is never applied: " + part);
            }
            add(part.day(), flow.build());
        }
    }

    /** For each step: the open amount it named, and how much of it was paid within each window after it. */
    private void steps(ItemTimeline timeline, ItemFacts facts, ZoneId zone, List<Integer> paidWithinDays) {
        for (DunningStep step : facts.steps().values()) {
            LocalDate day = LocalDate.ofInstant(step.at(), zone);
            Figures.Builder figures = new Figures.Builder()
                    .add(EffectivenessMetrics.ITEMS, BigDecimal.ONE)
                    .add(EffectivenessMetrics.DUNNED, step.amount());
            for (int days : paidWithinDays) {
                figures.add(EffectivenessMetrics.paidWithin(days), paidWithin(timeline, step, day, day.plusDays(days)).min(step.amount()));
            }
            Figures built = figures.build();
            put(Dimension.STEP, step.step(), day, built);
            put(Dimension.CHANNEL, step.channel(), day, built);
            put(Dimension.TEMPLATE, step.template(), day, built);
            put(Dimension.TONE, step.tone(), day, built);
        }
    }

    private static BigDecimal paidWithin(ItemTimeline timeline, DunningStep step, LocalDate from, LocalDate to) {
        BigDecimal paid = BigDecimal.ZERO;
        for (Applied part : timeline.applied()) {
            boolean sameItem = step.installment() == null
                    || timeline.installments().get(part.installment()).number() == step.installment();
            if (part.kind() == Movement.Kind.PAYMENT && sameItem && !part.day().isBefore(from) && !part.day().isAfter(to)) {
                paid = paid.add(part.amount());
            }
        }
        return paid;
    }

    private void put(Dimension dimension, String value, LocalDate day, Figures figures) {
        if (value != null) {
            effectiveness.merge(new EffectivenessKey(currency, dimension, value, day), figures, Figures::plus);
        }
    }

    private void add(LocalDate day, Figures figures) {
        if (!figures.isZero()) {
            daily.computeIfAbsent(day, d -> new Figures.Builder()).add(figures);
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
