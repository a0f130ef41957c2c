package dev.arrears.analytics.domain.contribution;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.effectiveness.EffectivenessKey;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.ledger.DatedEvent;
import dev.arrears.analytics.domain.ledger.EventFacts;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.risk.RiskClass;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** One invoice of 1000.00 issued 2026-01-01, due 2026-01-31, worked by hand. */
class ItemContributionTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final Facts facts = Facts.of("acme", "C-1");

    @Test
    void agesDayByDayAndRecordsWhatWasPaidAndHowLate() {
        SortedMap<LocalDate, Figures> daily = contribution(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "1000.00"),
                facts.payment("pay-1", "2026-02-10", "inv-1", "400.00"),
                facts.payment("pay-2", "2026-03-15", "inv-1", "600.00")).daily();

        assertThat(daily).containsOnlyKeys(day("2026-01-01"), day("2026-02-01"), day("2026-02-10"), day("2026-03-03"),
                day("2026-03-15"));
        assertThat(daily.get(day("2026-01-01"))).isEqualTo(figures(Metric.RECEIVABLES, "1000", Metric.AGING_CURRENT, "1000",
                Metric.ITEMS_CURRENT, "1", Metric.CREDIT_SALES, "1000"));
        // The day after the due date it is 1 day past due: out of current, into 1–30, overdue for an unrated customer.
        assertThat(daily.get(day("2026-02-01"))).isEqualTo(figures(Metric.AGING_CURRENT, "-1000", Metric.ITEMS_CURRENT, "-1",
                Metric.AGING_1_30, "1000", Metric.ITEMS_1_30, "1", Metric.OVERDUE_RISK_UNRATED, "1000"));
        // 400 paid 40 days after issue and 10 days late.
        assertThat(daily.get(day("2026-02-10"))).isEqualTo(figures(Metric.RECEIVABLES, "-400", Metric.AGING_1_30, "-400",
                Metric.OVERDUE_RISK_UNRATED, "-400", Metric.COLLECTED, "400", Metric.DAYS_TO_PAY_WEIGHTED, "16000",
                Metric.COLLECTED_LATE, "400", Metric.DAYS_LATE_WEIGHTED, "4000"));
        // 2026-03-03 is 31 days past due.
        assertThat(daily.get(day("2026-03-03"))).isEqualTo(figures(Metric.AGING_1_30, "-600", Metric.ITEMS_1_30, "-1",
                Metric.AGING_31_60, "600", Metric.ITEMS_31_60, "1"));
        // 600 paid 73 days after issue and 43 days late; nothing is left to age further.
        assertThat(daily.get(day("2026-03-15"))).isEqualTo(figures(Metric.RECEIVABLES, "-600", Metric.AGING_31_60, "-600",
                Metric.ITEMS_31_60, "-1", Metric.OVERDUE_RISK_UNRATED, "-600", Metric.COLLECTED, "600",
                Metric.DAYS_TO_PAY_WEIGHTED, "43800", Metric.COLLECTED_LATE, "600", Metric.DAYS_LATE_WEIGHTED, "25800"));
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameFigures() {
        List<ArrearsEvent> events = new ArrayList<>(List.of(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "1000.00"),
                facts.payment("pay-1", "2026-02-10", "inv-1", "400.00"),
                facts.payment("pay-2", "2026-01-20", "inv-1", "100.00"),
                facts.reversal("rev-1", "pay-1", "2026-02-20T10:00:00Z", "inv-1", "400.00"),
                facts.creditNote("cn-1", "2026-03-01", "inv-1", "50.00")));
        Contributions inOrder = contributionOf(events);
        Collections.reverse(events);
        Contributions reversed = contributionOf(events);
        Collections.swap(events, 0, 3);

        assertThat(reversed.daily()).isEqualTo(inOrder.daily());
        assertThat(contributionOf(events).daily()).isEqualTo(inOrder.daily());
    }

    @Test
    void aReversedPaymentReopensOnItsDayAndCountsAsNeverCollected() {
        SortedMap<LocalDate, Figures> daily = contribution(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "1000.00"),
                facts.payment("pay-1", "2026-01-20", "inv-1", "1000.00"),
                facts.reversal("rev-1", "pay-1", "2026-01-25T10:00:00Z", "inv-1", "1000.00")).daily();

        assertThat(daily.get(day("2026-01-20"))).isEqualTo(figures(Metric.RECEIVABLES, "-1000", Metric.AGING_CURRENT, "-1000",
                Metric.ITEMS_CURRENT, "-1"));
        assertThat(daily.get(day("2026-01-25"))).isEqualTo(figures(Metric.RECEIVABLES, "1000", Metric.AGING_CURRENT, "1000",
                Metric.ITEMS_CURRENT, "1"));
    }

    @Test
    void voidCancelsTheSaleAndWriteOffAndCreditReduceTheBalance() {
        SortedMap<LocalDate, Figures> voided = contribution(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "300.00"),
                dated(facts.voided("inv-1", "300.00"), "2026-01-05T09:00:00Z")).daily();
        SortedMap<LocalDate, Figures> settled = contribution(
                facts.invoice("inv-2", "2026-01-01", "2026-01-31", "300.00"),
                facts.creditNote("cn-1", "2026-01-10", "inv-2", "100.00"),
                dated(facts.writtenOff("inv-2", "200.00", "0.00"), "2026-01-12T09:00:00Z")).daily();

        assertThat(voided.get(day("2026-01-05"))).isEqualTo(figures(Metric.RECEIVABLES, "-300", Metric.AGING_CURRENT, "-300",
                Metric.ITEMS_CURRENT, "-1", Metric.CREDIT_SALES, "-300"));
        assertThat(settled.get(day("2026-01-10"))).isEqualTo(figures(Metric.RECEIVABLES, "-100", Metric.AGING_CURRENT, "-100",
                Metric.CREDITED, "100"));
        assertThat(settled.get(day("2026-01-12"))).isEqualTo(figures(Metric.RECEIVABLES, "-200", Metric.AGING_CURRENT, "-200",
                Metric.ITEMS_CURRENT, "-1", Metric.WRITTEN_OFF, "200"));
    }

    @Test
    void installmentsAgeOnTheirOwnAndAPaymentNamingNoneGoesOldestFirst() {
        SortedMap<LocalDate, Figures> daily = contribution(
                facts.invoiceInInstallments("inv-1", "2026-01-01", "2026-01-31", "500.00", "2026-02-28", "500.00"),
                facts.payment("pay-1", "2026-02-05", "inv-1", "600.00")).daily();

        assertThat(daily.get(day("2026-02-01"))).isEqualTo(figures(Metric.AGING_CURRENT, "-500", Metric.ITEMS_CURRENT, "-1",
                Metric.AGING_1_30, "500", Metric.ITEMS_1_30, "1", Metric.OVERDUE_RISK_UNRATED, "500"));
        // 500 settles the overdue first installment (5 days late), 100 goes to the second, not yet due.
        assertThat(daily.get(day("2026-02-05"))).isEqualTo(figures(Metric.RECEIVABLES, "-600", Metric.AGING_1_30, "-500",
                Metric.ITEMS_1_30, "-1", Metric.AGING_CURRENT, "-100", Metric.OVERDUE_RISK_UNRATED, "-500",
                Metric.COLLECTED, "600", Metric.DAYS_TO_PAY_WEIGHTED, "21000", Metric.COLLECTED_LATE, "500",
                Metric.DAYS_LATE_WEIGHTED, "2500"));
        assertThat(daily.get(day("2026-03-01"))).isEqualTo(figures(Metric.AGING_CURRENT, "-400", Metric.ITEMS_CURRENT, "-1",
                Metric.AGING_1_30, "400", Metric.ITEMS_1_30, "1", Metric.OVERDUE_RISK_UNRATED, "400"));
    }

    @Test
    void anAdjustmentRestatesTheInvoiceFromItsIssueDay() {
        SortedMap<LocalDate, Figures> daily = contribution(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "1000.00"),
                dated(facts.adjusted("inv-1", "2026-02-15", "800.00"), "2026-01-20T08:00:00Z")).daily();

        assertThat(daily.get(day("2026-01-01"))).isEqualTo(figures(Metric.RECEIVABLES, "800", Metric.AGING_CURRENT, "800",
                Metric.ITEMS_CURRENT, "1", Metric.CREDIT_SALES, "800"));
        assertThat(daily).doesNotContainKey(day("2026-02-01")).containsKey(day("2026-02-16"));
    }

    @Test
    void aDisputeHoldsAtMostWhatIsOpen() {
        SortedMap<LocalDate, Figures> daily = contribution(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "1000.00"),
                facts.disputeOpened("d-1", "inv-1", "300.00", "2026-01-10T10:00:00Z"),
                facts.payment("pay-1", "2026-01-15", "inv-1", "800.00"),
                facts.disputeResolved("d-1", "inv-1", "300.00", "2026-01-20T10:00:00Z")).daily();

        assertThat(daily.get(day("2026-01-10"))).isEqualTo(figures(Metric.DISPUTED, "300"));
        assertThat(daily.get(day("2026-01-15")).get(Metric.DISPUTED)).isEqualByComparingTo("-100");
        assertThat(daily.get(day("2026-01-20"))).isEqualTo(figures(Metric.DISPUTED, "-200"));
    }

    @Test
    void paidWithinDaysOfEachStepByStepChannelTemplateAndTone() {
        ItemContribution contribution = contribution(
                facts.invoice("inv-1", "2026-01-01", "2026-01-31", "1000.00"),
                facts.reminder("rem-1", "2026-02-03T08:00:00Z", "overdue-3", Tone.FRIENDLY, "friendly-a", Channel.EMAIL,
                        "inv-1", "2026-01-31", "1000.00"),
                facts.payment("pay-1", "2026-02-08", "inv-1", "300.00"),
                facts.payment("pay-2", "2026-02-15", "inv-1", "200.00"));

        // Paid within 7 days (02-03..02-10): 300; within 14 days (..02-17): 500.
        Figures expected = new Figures(Map.of("ITEMS", BigDecimal.ONE, "DUNNED", new BigDecimal("1000"),
                "PAID_WITHIN_7", new BigDecimal("300"), "PAID_WITHIN_14", new BigDecimal("500")));
        assertThat(contribution.effectiveness()).containsOnly(
                Map.entry(new EffectivenessKey("EUR", Dimension.STEP, "default/overdue-3", day("2026-02-03")), expected),
                Map.entry(new EffectivenessKey("EUR", Dimension.CHANNEL, "EMAIL", day("2026-02-03")), expected),
                Map.entry(new EffectivenessKey("EUR", Dimension.TEMPLATE, "friendly-a", day("2026-02-03")), expected),
                Map.entry(new EffectivenessKey("EUR", Dimension.TONE, "FRIENDLY", day("2026-02-03")), expected));
    }

    @Test
    void nothingBeforeTheInvoiceItselfArrives() {
        assertThat(contribution(facts.payment("pay-1", "2026-02-10", "inv-1", "400.00")).daily()).isEmpty();
    }

    private ItemContribution contribution(Object... events) {
        ItemFacts item = ItemFacts.unknown(invoiceOf(events[0]));
        for (Object event : events) {
            item = EventFacts.apply(asDated(event), item);
        }
        return ItemContribution.of(item, RiskClass.UNRATED, UTC, List.of(7, 14));
    }

    private Contributions contributionOf(List<ArrearsEvent> events) {
        ItemFacts item = ItemFacts.unknown("inv-1");
        for (ArrearsEvent event : events) {
            item = EventFacts.apply(asDated(event), item);
        }
        ItemContribution contribution = ItemContribution.of(item, RiskClass.UNRATED, UTC, List.of(7, 14));
        Contributions contributions = new Contributions();
        contribution.daily().forEach((day, figures) -> contributions.addDaily(new DailyKey("all", "EUR", day), figures));
        return contributions;
    }

    private static String invoiceOf(Object event) {
        DatedEvent dated = asDated(event);
        return EventFacts.invoicesOf(dated).iterator().next();
    }

    private static DatedEvent asDated(Object event) {
        return event instanceof DatedEvent dated ? dated : DatedEvent.of("id", Instant.parse("2026-01-01T00:00:00Z"), (ArrearsEvent) event);
    }

    private static DatedEvent dated(ArrearsEvent event, String time) {
        return DatedEvent.of("evt-" + time, Instant.parse(time), event);
    }

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    static Figures figures(Object... metricAndValue) {
        Figures.Builder builder = new Figures.Builder();
        for (int i = 0; i < metricAndValue.length; i += 2) {
            builder.add((Metric) metricAndValue[i], new BigDecimal((String) metricAndValue[i + 1]));
        }
        return builder.build();
    }
}
