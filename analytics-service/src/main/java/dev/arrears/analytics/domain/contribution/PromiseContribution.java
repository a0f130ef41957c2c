package dev.arrears.analytics.domain.contribution;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.ledger.Movement;
import dev.arrears.analytics.domain.ledger.Promise;
import dev.arrears.analytics.domain.timeline.Applied;
import dev.arrears.analytics.domain.timeline.ItemTimeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A promise to pay, judged from the payments on the invoices it covers. It is kept on the day the money
 * paid on them since the promise reaches the promised amount, or the day nothing is left open on them
 * (a credit note settled them), provided that is no later than the promised date plus the grace days;
 * otherwise it is broken the day after. Until then its amount counts as promised. A promise whose date
 * has not come yet is broken in the future unless money arrives, which a later payment corrects.
 */
public final class PromiseContribution {

    private PromiseContribution() {
    }

    public static SortedMap<LocalDate, Figures> of(Promise promise, List<ItemTimeline> covered, ZoneId zone, int graceDays) {
        LocalDate made = LocalDate.ofInstant(promise.madeAt(), zone);
        LocalDate deadline = promise.promisedDate().plusDays(graceDays);
        LocalDate kept = keptOn(promise, covered, made, deadline);
        LocalDate resolved = kept != null ? kept : latest(deadline.plusDays(1), made);
        TreeMap<LocalDate, Figures> daily = new TreeMap<>();
        add(daily, made, Figures.of(Metric.PROMISED, promise.amount()));
        add(daily, resolved, new Figures.Builder()
                .add(Metric.PROMISED, promise.amount().negate())
                .add(kept != null ? Metric.PROMISES_KEPT : Metric.PROMISES_BROKEN, BigDecimal.ONE)
                .add(kept != null ? Metric.PROMISED_KEPT_AMOUNT : Metric.PROMISED_BROKEN_AMOUNT, promise.amount())
                .build());
        return daily;
    }

    private static LocalDate keptOn(Promise promise, List<ItemTimeline> covered, LocalDate made, LocalDate deadline) {
        List<ItemTimeline> inCurrency = covered.stream().filter(t -> promise.currency().equals(t.currency())).toList();
        List<Applied> payments = new ArrayList<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(made);
        for (ItemTimeline timeline : inCurrency) {
            timeline.applied().stream()
                    .filter(part -> part.kind() == Movement.Kind.PAYMENT)
                    .filter(part -> !part.day().isBefore(made) && !part.day().isAfter(deadline))
                    .forEach(payments::add);
            timeline.changeDays().stream().filter(day -> !day.isBefore(made) && !day.isAfter(deadline)).forEach(days::add);
        }
        payments.sort(Comparator.comparing(Applied::day));
        LocalDate paidInFull = null;
        BigDecimal paid = BigDecimal.ZERO;
        for (Applied part : payments) {
            paid = paid.add(part.amount());
            if (paid.compareTo(promise.amount()) >= 0) {
                paidInFull = part.day();
                break;
            }
        }
        LocalDate settled = settledOn(inCurrency, paidInFull == null ? days : days.headSet(paidInFull));
        return settled != null ? settled : paidInFull;
    }

    /** The first of {@code days} on which nothing the promise covers is open, or {@code null}. */
    private static LocalDate settledOn(List<ItemTimeline> covered, SortedSet<LocalDate> days) {
        if (covered.isEmpty()) {
            return null;
        }
        for (LocalDate day : days) {
            if (covered.stream().allMatch(t -> !t.issueDate().isAfter(day) && t.totalOpenAt(day).signum() == 0)) {
                return day;
            }
        }
        return null;
    }

    private static void add(TreeMap<LocalDate, Figures> daily, LocalDate day, Figures figures) {
        Figures sum = daily.getOrDefault(day, Figures.ZERO).plus(figures);
        if (sum.isZero()) {
            daily.remove(day);
        } else {
            daily.put(day, sum);
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
