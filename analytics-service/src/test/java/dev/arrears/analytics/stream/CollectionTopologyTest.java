package dev.arrears.analytics.stream;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.cei.Cei;
import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.effectiveness.Effectiveness;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.promise.PromiseRates;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.domain.timing.PaymentTiming;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CEI, payment timing, receivables at risk, disputes, promises and dunning effectiveness through the
 * topology, on the month of {@link DsoTopologyTest} plus a dispute, a promise, two reminders and an escalation.
 */
class CollectionTopologyTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    private final Facts c1 = Facts.of("acme", "C-1");
    private final Facts c2 = Facts.of("acme", "C-2");
    private final TopologyFixture topology = new TopologyFixture(DsoTopologyTest.WALL_CLOCK);

    @BeforeEach
    void feed() {
        topology.send(c1.customer("LARGE", "LOW", "Europe/Berlin"), "2026-01-01T00:00:00Z")
                .send(c1.invoice("A", "2026-01-15", "2026-02-14", "200.00"), "2026-01-15T09:00:00Z")
                .send(c1.invoice("B", "2026-02-10", "2026-03-12", "120.00"), "2026-02-10T09:00:00Z")
                .send(c2.invoice("C", "2026-03-05", "2026-04-04", "100.00"), "2026-03-05T09:00:00Z")
                .send(c1.promise("PR1", "120.00", "2026-03-20", "2026-03-14T09:00:00Z", "B"), "2026-03-14T09:00:00Z")
                .send(c1.reminder("R1", "2026-03-15T08:00:00Z", "overdue-3", Tone.FIRM, "firm-a", Channel.EMAIL,
                        "B", "2026-03-12", "120.00"), "2026-03-15T08:00:00Z")
                .send(c1.reminder("R2", "2026-03-16T08:00:00Z", "overdue-30", Tone.FINAL_NOTICE, "final-a", Channel.LETTER,
                        "A", "2026-02-14", "200.00"), "2026-03-16T08:00:00Z")
                .send(c1.payment("P1", "2026-03-20", "A", "170.00"), "2026-03-20T15:00:00Z")
                .send(c2.disputeOpened("D1", "C", "40.00", "2026-03-25T10:00:00Z"), "2026-03-25T10:00:00Z")
                .send(c1.escalation("E1", "overdue-45", EscalationKind.CALL_TASK, "A", "2026-02-14", "30.00"), "2026-03-31T07:00:00Z");
    }

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void collectionEffectivenessIndexOfMarch() {
        // BR (02-28) = 200 + 120 = 320, CS = 100, ETR = 250, ECR = 100: 170 / 320 × 100 = 53.125, half-even 53.12.
        assertThat(Cei.of(all(), MARCH_1, MARCH_31).cei()).isEqualTo(new BigDecimal("53.12"));
    }

    @Test
    void paymentTimingOfMarch() {
        // 170 paid 03-20 on A: 64 days after its issue (01-15), 34 days after its due date (02-14).
        PaymentTiming timing = PaymentTiming.of(all(), MARCH_1, MARCH_31);

        assertThat(timing.collected()).isEqualByComparingTo("170");
        assertThat(timing.averageDaysToPay()).isEqualTo(new BigDecimal("64.00"));
        assertThat(timing.averageDaysLate()).isEqualTo(new BigDecimal("34.00"));
        assertThat(timing.averageTimeToCollect()).isEqualTo(new BigDecimal("34.00"));
    }

    @Test
    void receivablesAtRiskAndDisputed() {
        Figures end = all().at(MARCH_31);

        // C-1 (LOW) owes 30 (A) + 120 (B) overdue; C-2's C is current: 150 × 0.10.
        assertThat(end.get(Metric.OVERDUE_RISK_LOW)).isEqualByComparingTo("150");
        assertThat(AnalyticsSettings.defaults().riskWeights().atRisk(end, 2)).isEqualTo(new BigDecimal("15.00"));
        assertThat(end.get(Metric.DISPUTED)).isEqualByComparingTo("40");
        assertThat(all().stock(Metric.DISPUTED, LocalDate.parse("2026-03-24"))).isZero();
    }

    @Test
    void aPromiseWithoutMoneyIsBrokenAfterTheGraceDaysAndKeptOnceTheInvoiceIsSettled() {
        // Promised 120 on B by 03-20; three grace days; nothing paid on B: broken on 03-24.
        assertThat(all().stock(Metric.PROMISED, LocalDate.parse("2026-03-23"))).isEqualByComparingTo("120");
        assertThat(all().stock(Metric.PROMISED, LocalDate.parse("2026-03-24"))).isZero();
        PromiseRates march = PromiseRates.of(all(), MARCH_1, MARCH_31);
        assertThat(march.broken()).isEqualTo(1);
        assertThat(march.brokenRate()).isEqualTo(new BigDecimal("100.00"));

        // A payment learnt late, value date 03-01, had already settled B when the promise was made: kept on 03-14.
        topology.send(c1.payment("P2", "2026-03-01", "B", "120.00"), "2026-03-31T20:30:00Z");

        PromiseRates corrected = PromiseRates.of(all(), MARCH_1, MARCH_31);
        assertThat(corrected.kept()).isEqualTo(1);
        assertThat(corrected.broken()).isZero();
        assertThat(corrected.brokenRate()).isEqualTo(new BigDecimal("0.00"));
        assertThat(all().stock(Metric.PROMISED, LocalDate.parse("2026-03-14"))).isZero();
    }

    @Test
    void dunningEffectivenessByStepChannelTemplateAndTone() {
        // R1 named B (120) on 03-15, nothing paid on B since. R2 named A (200) on 03-16; 170 paid on 03-20, within 7 days.
        // E1 named A's 30 on 03-31.
        Map<String, Effectiveness> byChannel = effectiveness(Dimension.CHANNEL);
        assertThat(byChannel).containsOnlyKeys("EMAIL", "LETTER", "CALL_TASK");
        assertThat(byChannel.get("EMAIL")).isEqualTo(new Effectiveness("EMAIL", 1, new BigDecimal("120.00"), List.of(
                new Effectiveness.Paid(7, BigDecimal.ZERO, new BigDecimal("0.00")),
                new Effectiveness.Paid(14, BigDecimal.ZERO, new BigDecimal("0.00")))));
        assertThat(byChannel.get("LETTER").paid()).containsExactly(
                new Effectiveness.Paid(7, new BigDecimal("170.00"), new BigDecimal("85.00")),
                new Effectiveness.Paid(14, new BigDecimal("170.00"), new BigDecimal("85.00")));
        assertThat(effectiveness(Dimension.STEP)).containsOnlyKeys("default/overdue-3", "default/overdue-30", "default/overdue-45");
        assertThat(effectiveness(Dimension.TEMPLATE)).containsOnlyKeys("firm-a", "final-a");
        assertThat(effectiveness(Dimension.TONE).get("FINAL_NOTICE").dunned()).isEqualByComparingTo("200");
    }

    @Test
    void aPaymentAfterTheStepRaisesItsEffectivenessOnTheStepsDay() {
        topology.send(c1.payment("P3", "2026-03-27", "B", "60.00"), "2026-03-27T10:00:00Z");

        // 03-27 is 12 days after R1 (03-15): outside 7 days, inside 14.
        assertThat(effectiveness(Dimension.CHANNEL).get("EMAIL").paid()).containsExactly(
                new Effectiveness.Paid(7, BigDecimal.ZERO, new BigDecimal("0.00")),
                new Effectiveness.Paid(14, new BigDecimal("60.00"), new BigDecimal("50.00")));
    }

    private DailySeries all() {
        return topology.series("acme", "EUR", "all");
    }

    private Map<String, Effectiveness> effectiveness(Dimension dimension) {
        Map<String, Figures> sums = EffectivenessReader.read(topology.store(StateStores.EFFECTIVENESS), "acme", "EUR", dimension,
                MARCH_1, MARCH_31);
        return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Effectiveness.of(e.getKey(), e.getValue(), List.of(7, 14))));
    }
}
