package dev.arrears.analytics.domain.contribution;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.ledger.DatedEvent;
import dev.arrears.analytics.domain.ledger.EventFacts;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.ledger.Promise;
import dev.arrears.analytics.domain.timeline.ItemTimeline;
import dev.arrears.contracts.ArrearsEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static dev.arrears.analytics.domain.contribution.ItemContributionTest.day;
import static dev.arrears.analytics.domain.contribution.ItemContributionTest.figures;
import static org.assertj.core.api.Assertions.assertThat;

/** 300.00 promised on 2026-03-10 for 2026-03-20, three grace days: the deadline is 2026-03-23. */
class PromiseContributionTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final Facts facts = Facts.of("acme", "C-1");
    private final Promise promise = new Promise(new BigDecimal("300.00"), "EUR", LocalDate.parse("2026-03-20"),
            Instant.parse("2026-03-10T09:00:00Z"), List.of("inv-1"));

    @Test
    void keptTheDayThePaymentsSinceThePromiseReachItsAmount() {
        SortedMap<LocalDate, Figures> daily = judge(
                facts.payment("p-0", "2026-03-05", "inv-1", "100.00"),
                facts.payment("p-1", "2026-03-12", "inv-1", "200.00"),
                facts.payment("p-2", "2026-03-22", "inv-1", "100.00"));

        // The payment before the promise does not count: 200 on 03-12, 300 on 03-22, within the grace days.
        assertThat(daily).containsExactly(
                Map.entry(day("2026-03-10"), figures(Metric.PROMISED, "300")),
                Map.entry(day("2026-03-22"), figures(Metric.PROMISED, "-300", Metric.PROMISES_KEPT, "1",
                        Metric.PROMISED_KEPT_AMOUNT, "300")));
    }

    @Test
    void brokenTheDayAfterTheGraceDaysWhenTheMoneyFallsShort() {
        SortedMap<LocalDate, Figures> daily = judge(
                facts.payment("p-1", "2026-03-12", "inv-1", "200.00"),
                facts.payment("p-2", "2026-03-24", "inv-1", "100.00"));

        assertThat(daily.get(day("2026-03-24"))).isEqualTo(figures(Metric.PROMISED, "-300", Metric.PROMISES_BROKEN, "1",
                Metric.PROMISED_BROKEN_AMOUNT, "300"));
    }

    @Test
    void keptWhenNothingIsLeftOpenEvenWithoutMoney() {
        SortedMap<LocalDate, Figures> daily = judge(facts.creditNote("cn-1", "2026-03-15", "inv-1", "1000.00"));

        assertThat(daily.get(day("2026-03-15"))).isEqualTo(figures(Metric.PROMISED, "-300", Metric.PROMISES_KEPT, "1",
                Metric.PROMISED_KEPT_AMOUNT, "300"));
    }

    private SortedMap<LocalDate, Figures> judge(ArrearsEvent... events) {
        ItemFacts item = EventFacts.apply(dated(facts.invoice("inv-1", "2026-02-01", "2026-03-01", "1000.00")), ItemFacts.unknown("inv-1"));
        for (ArrearsEvent event : events) {
            item = EventFacts.apply(dated(event), item);
        }
        return PromiseContribution.of(promise, List.of(ItemTimeline.of(item, UTC).orElseThrow()), UTC, 3);
    }

    private static DatedEvent dated(ArrearsEvent event) {
        return DatedEvent.of("id", Instant.parse("2026-03-01T00:00:00Z"), event);
    }
}
