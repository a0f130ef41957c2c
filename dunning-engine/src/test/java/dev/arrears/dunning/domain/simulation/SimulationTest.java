package dev.arrears.dunning.domain.simulation;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.DunningLevelChanged;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.DunningResumed;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.dunning.domain.fee.BalanceHistory;
import dev.arrears.dunning.domain.fee.FeeCalculator;
import dev.arrears.dunning.domain.fee.LateFeeRule;
import dev.arrears.dunning.domain.fee.ReferenceRate;
import dev.arrears.dunning.domain.fee.ReferenceRates;
import dev.arrears.dunning.domain.policy.Anchor;
import dev.arrears.dunning.domain.policy.DefaultPolicy;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.policy.StepAction;
import dev.arrears.dunning.domain.policy.StepConditions;
import dev.arrears.dunning.domain.policy.StepIds;
import dev.arrears.dunning.domain.run.Debtor;
import dev.arrears.dunning.domain.run.Pause;
import dev.arrears.dunning.domain.run.RunSettings;
import dev.arrears.dunning.domain.schedule.ContactCap;
import dev.arrears.dunning.domain.schedule.SendWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The default ladder replayed for a customer in Berlin: send window 09:00-17:00 on German business days, at most 3
 * contacts in any 7 days, one reminder per customer. Berlin is UTC+2 until Sunday 25 October 2026 and UTC+1 after, so
 * 09:00 there is 07:00Z in summer and 08:00Z in winter.
 */
class SimulationTest {

    private static final Debtor DEBTOR = new Debtor("t-1", "C-1", "de", ZoneId.of("Europe/Berlin"), "DE", null,
            Set.of(Channel.EMAIL, Channel.SMS, Channel.LETTER, Channel.CALL_TASK));
    private static final RunSettings SETTINGS = new RunSettings(SendWindow.DEFAULT, ContactCap.of(3, Duration.ofDays(7)),
            RunSettings.Consolidation.PER_CUSTOMER);
    /** The ECB rate of the second half of 2025, fixed here so a correction of the shipped table changes no sum below. */
    private static final FeeCalculator FEES = new FeeCalculator(new ReferenceRates(List.of(
            new ReferenceRate("EU", LocalDate.parse("2025-07-01"), new BigDecimal("2.15")))));
    private static final Simulation SIMULATION = new Simulation(SETTINGS, FEES);

    static Stream<Arguments> portfolios() {
        return Stream.of(
                arguments("an unpaid invoice climbs the whole ladder",
                        List.of(item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00")), "2026-10-01", "2027-03-31", List.of(
                                // Issued Thursday 1 October; +3 is Sunday 4 October: Monday 5 October 09:00 CEST.
                                "2026-10-05T07:00:00Z LEVEL_CHANGE courtesy INV-1",
                                "2026-10-05T07:00:00Z REMINDER courtesy INV-1",
                                // Due Saturday 31 October; -7 is Saturday 24 October: Monday 26 October, the day after the
                                // clocks went back, 09:00 CET.
                                "2026-10-26T08:00:00Z LEVEL_CHANGE due-in-7 INV-1",
                                "2026-10-26T08:00:00Z REMINDER due-in-7 INV-1",
                                // Due on a Saturday: Monday 2 November. The contact of 26 October drops out at exactly this
                                // instant, and two contacts in 7 days are within the cap anyway.
                                "2026-11-02T08:00:00Z LEVEL_CHANGE due-today INV-1",
                                "2026-11-02T08:00:00Z REMINDER due-today INV-1",
                                // +14 is Saturday 14 November: Monday 16 November.
                                "2026-11-16T08:00:00Z LEVEL_CHANGE overdue-14 INV-1",
                                "2026-11-16T08:00:00Z REMINDER overdue-14 INV-1",
                                // +30 is Monday 30 November, +45 Tuesday 15 December.
                                "2026-11-30T08:00:00Z LEVEL_CHANGE overdue-30 INV-1",
                                "2026-11-30T08:00:00Z REMINDER overdue-30 INV-1",
                                "2026-12-15T08:00:00Z LEVEL_CHANGE overdue-45 INV-1",
                                "2026-12-15T08:00:00Z REMINDER overdue-45 INV-1",
                                // +50 is Sunday 20 December: the collector's task is raised Monday 21 December.
                                "2026-12-21T08:00:00Z LEVEL_CHANGE collector-call INV-1",
                                "2026-12-21T08:00:00Z ESCALATION collector-call INV-1",
                                // +60 is Wednesday 30 December: a final notice by reminder and by letter.
                                "2026-12-30T08:00:00Z LEVEL_CHANGE final-notice-letter INV-1",
                                "2026-12-30T08:00:00Z REMINDER final-notice-letter INV-1",
                                "2026-12-30T08:00:00Z ESCALATION final-notice-letter INV-1",
                                // +75 is Thursday 14 January 2027: handed to the agency, and nothing after that.
                                "2027-01-14T08:00:00Z LEVEL_CHANGE agency-handoff INV-1",
                                "2027-01-14T08:00:00Z ESCALATION agency-handoff INV-1")),
                arguments("a payment between two steps cancels the later ones",
                        List.of(item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00 2026-11-20=0")), "2026-10-01",
                        "2027-03-31", List.of(
                                "2026-10-05T07:00:00Z LEVEL_CHANGE courtesy INV-1",
                                "2026-10-05T07:00:00Z REMINDER courtesy INV-1",
                                "2026-10-26T08:00:00Z LEVEL_CHANGE due-in-7 INV-1",
                                "2026-10-26T08:00:00Z REMINDER due-in-7 INV-1",
                                "2026-11-02T08:00:00Z LEVEL_CHANGE due-today INV-1",
                                "2026-11-02T08:00:00Z REMINDER due-today INV-1",
                                // Paid on Friday 20 November, between +14 (16 November) and +30 (30 November).
                                "2026-11-16T08:00:00Z LEVEL_CHANGE overdue-14 INV-1",
                                "2026-11-16T08:00:00Z REMINDER overdue-14 INV-1")),
                arguments("the contact cap defers the fourth reminder in a week",
                        List.of(item("A-1", "2026-06-05", "2026-07-05", "2026-06-05=100.00"),
                                item("B-2", "2026-06-06", "2026-07-06", "2026-06-06=200.00"),
                                item("C-3", "2026-06-07", "2026-07-07", "2026-06-07=300.00"),
                                item("D-4", "2026-06-08", "2026-07-08", "2026-06-08=400.00")), "2026-06-01", "2026-06-20", List.of(
                                // Courtesy notes on Monday 8, Tuesday 9 and Wednesday 10 June, 09:00 CEST.
                                "2026-06-08T07:00:00Z LEVEL_CHANGE courtesy A-1",
                                "2026-06-08T07:00:00Z REMINDER courtesy A-1",
                                "2026-06-09T07:00:00Z LEVEL_CHANGE courtesy B-2",
                                "2026-06-09T07:00:00Z REMINDER courtesy B-2",
                                "2026-06-10T07:00:00Z LEVEL_CHANGE courtesy C-3",
                                "2026-06-10T07:00:00Z REMINDER courtesy C-3",
                                // D-4's falls on Thursday 11 June, a fourth contact in 7 days: it waits until Monday's
                                // contact drops out, Monday 15 June 09:00.
                                "2026-06-15T07:00:00Z LEVEL_CHANGE courtesy D-4",
                                "2026-06-15T07:00:00Z REMINDER courtesy D-4")),
                arguments("a hold pauses the ladder and the step it held back follows when it expires",
                        List.of(item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00",
                                new PausePeriod(LocalDate.parse("2026-11-10"), null,
                                        new Pause("hold-1", PauseReason.MANUAL_HOLD, LocalDate.parse("2026-11-20"), "checking")))),
                        "2026-10-01", "2026-11-30", List.of(
                                "2026-10-05T07:00:00Z LEVEL_CHANGE courtesy INV-1",
                                "2026-10-05T07:00:00Z REMINDER courtesy INV-1",
                                "2026-10-26T08:00:00Z LEVEL_CHANGE due-in-7 INV-1",
                                "2026-10-26T08:00:00Z REMINDER due-in-7 INV-1",
                                "2026-11-02T08:00:00Z LEVEL_CHANGE due-today INV-1",
                                "2026-11-02T08:00:00Z REMINDER due-today INV-1",
                                // Announced at the start of Tuesday 10 November in Berlin, whatever the send window.
                                "2026-11-09T23:00:00Z PAUSED hold-1 INV-1",
                                // +14 (Saturday 14 November) is held; the hold's last day is Friday 20 November, so the
                                // step goes out at the next opening of the window, Monday 23 November.
                                "2026-11-23T08:00:00Z RESUMED hold-1 INV-1 HOLD_EXPIRED",
                                "2026-11-23T08:00:00Z LEVEL_CHANGE overdue-14 INV-1",
                                "2026-11-23T08:00:00Z REMINDER overdue-14 INV-1",
                                "2026-11-30T08:00:00Z LEVEL_CHANGE overdue-30 INV-1",
                                "2026-11-30T08:00:00Z REMINDER overdue-30 INV-1")),
                arguments("a hold released by hand lets the step it held back follow the same day",
                        List.of(item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00",
                                new PausePeriod(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-18"),
                                        new Pause("hold-2", PauseReason.MANUAL_HOLD, null, "checking")))),
                        "2026-11-03", "2026-11-20", List.of(
                                // Tuesday 3 November: the replay begins with the invoice due; due-today overtakes the rest.
                                "2026-11-03T08:00:00Z LEVEL_CHANGE due-today INV-1",
                                "2026-11-03T08:00:00Z REMINDER due-today INV-1",
                                "2026-11-09T23:00:00Z PAUSED hold-2 INV-1",
                                // Released on Wednesday 18 November: resumed as that day begins, +14 at 09:00.
                                "2026-11-17T23:00:00Z RESUMED hold-2 INV-1 HOLD_RELEASED",
                                "2026-11-18T08:00:00Z LEVEL_CHANGE overdue-14 INV-1",
                                "2026-11-18T08:00:00Z REMINDER overdue-14 INV-1")),
                arguments("a replay from a later day finds the invoice late and sends only the highest step due",
                        List.of(item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00")), "2026-11-20", "2026-12-01", List.of(
                                // Friday 20 November: courtesy, -7, due-today and +14 are all due; +14 overtakes the others.
                                "2026-11-20T08:00:00Z LEVEL_CHANGE overdue-14 INV-1",
                                "2026-11-20T08:00:00Z REMINDER overdue-14 INV-1",
                                "2026-11-30T08:00:00Z LEVEL_CHANGE overdue-30 INV-1",
                                "2026-11-30T08:00:00Z REMINDER overdue-30 INV-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portfolios")
    void replaysTheDefaultLadder(String scenario, List<SimulatedItem> items, LocalDate from, LocalDate to, List<String> expected) {
        List<TimelineEntry> timeline = SIMULATION.run(DEBTOR, DefaultPolicy.v1(), items, from, to);

        assertThat(timeline).extracting(SimulationTest::line).containsExactlyElementsOf(expected);
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.date()).isEqualTo(LocalDate.ofInstant(entry.at(), DEBTOR.zone())));
    }

    @Test
    void emitsExactlyTheEventsTheEngineWouldPublish() {
        SimulatedItem invoice = item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00");
        List<TimelineEntry> timeline = SIMULATION.run(DEBTOR, DefaultPolicy.v1(), List.of(invoice), LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-05"));

        String stepId = StepIds.derivedStep("t-1", "inv-INV-1", 1, "default", 1, 0);
        PolicyStep courtesy = new PolicyStep("default", 1, 0, "courtesy");
        Instant at = Instant.parse("2026-10-05T07:00:00Z");
        assertThat(timeline).extracting(TimelineEntry::event).containsExactly(
                new DunningLevelChanged("t-1", "C-1", "inv-INV-1", "INV-1", 1, 0, 1, courtesy, at),
                new ReminderDue("t-1", "C-1", StepIds.derived(stepId), courtesy, Tone.FRIENDLY, "courtesy", "de", List.of(Channel.EMAIL),
                        List.of(new DunnedItem("inv-INV-1", "INV-1", 1, LocalDate.parse("2026-10-31"), -26, Money.of("1190.00", "EUR"), 1)),
                        List.of(), at));
    }

    @Test
    void assessesTheCompensationOnceAndInterestFromWhereTheLastAssessmentEnded() {
        DunningPolicy strict = new DunningPolicy("strict", 1, "Strict B2B", List.of(
                feeStep("overdue-1", 1, "overdue", Tone.FIRM),
                feeStep("overdue-31", 31, "final-notice", Tone.FINAL_NOTICE)), null, new LateFeeRule.Statutory("EU"));
        SimulatedItem invoice = item("INV-7", "2025-09-01", "2025-09-30", "2025-09-01=1190.00 2025-10-16=1000.00");

        List<TimelineEntry> timeline = SIMULATION.run(DEBTOR, strict, List.of(invoice), LocalDate.parse("2025-09-01"),
                LocalDate.parse("2025-12-31"));

        assertThat(timeline).extracting(SimulationTest::line).containsExactly(
                // Wednesday 1 October 2025, 09:00 CEST: the EU's 40.00 and one day at 2.15% + 8 points on 1190.00 (0.3309).
                "2025-10-01T07:00:00Z LEVEL_CHANGE overdue-1 INV-7",
                "2025-10-01T07:00:00Z LATE_FEE overdue-1 INV-7 STATUTORY_COMPENSATION 40.00",
                "2025-10-01T07:00:00Z LATE_FEE overdue-1 INV-7 INTEREST 0.33",
                "2025-10-01T07:00:00Z REMINDER overdue-1 INV-7",
                // Friday 31 October, 09:00 CET: no second compensation; interest from 2 October on, on 1190.00 for 14 days
                // and on the 1000.00 left by the payment of 16 October for 16: 9.0821.
                "2025-10-31T08:00:00Z LEVEL_CHANGE overdue-31 INV-7",
                "2025-10-31T08:00:00Z LATE_FEE overdue-31 INV-7 INTEREST 9.08",
                "2025-10-31T08:00:00Z REMINDER overdue-31 INV-7");
        assertThat(timeline).extracting(TimelineEntry::event).filteredOn(LateFeeAssessed.class::isInstance)
                .map(LateFeeAssessed.class::cast).extracting(LateFeeAssessed::periodStart, LateFeeAssessed::periodEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-01")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-10-02"), LocalDate.parse("2025-10-31")));
    }

    @Test
    void nothingHappensWithoutItemsOrBeforeTheFirstStep() {
        assertThat(SIMULATION.run(DEBTOR, DefaultPolicy.v1(), List.of(), LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")))
                .isEmpty();
        assertThat(SIMULATION.run(DEBTOR, DefaultPolicy.v1(), List.of(item("INV-1", "2026-10-01", "2026-10-31", "2026-10-01=1190.00")),
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-04"))).isEmpty();
    }

    private static SimulatedItem item(String number, String issued, String due, String history, PausePeriod... pauses) {
        BalanceHistory balances = new BalanceHistory(Arrays.stream(history.split(" ")).map(change -> change.split("="))
                .map(parts -> new BalanceHistory.Change(LocalDate.parse(parts[0]), new BigDecimal(parts[1]))).toList());
        ItemFacts facts = new ItemFacts("t-1", "C-1", "inv-" + number, number, 1, LocalDate.parse(issued), LocalDate.parse(due), "EUR",
                BigDecimal.ZERO, BigDecimal.ZERO, null, false);
        return new SimulatedItem(facts, balances, List.of(pauses));
    }

    private static dev.arrears.dunning.domain.policy.PolicyStep feeStep(String name, int offsetDays, String template, Tone tone) {
        return new dev.arrears.dunning.domain.policy.PolicyStep(name, Anchor.DUE_DATE, offsetDays, List.of(Channel.EMAIL), template, tone,
                List.of(StepAction.SEND_REMINDER, StepAction.ASSESS_LATE_FEE), StepConditions.NONE, null, null);
    }

    /** An entry as one line: when, what, under which step (or pause), for which invoices. */
    private static String line(TimelineEntry entry) {
        return entry.at() + " " + entry.kind() + " " + describe(entry.event());
    }

    private static String describe(ArrearsEvent event) {
        if (event instanceof ReminderDue r) {
            return r.step().stepName() + " " + numbers(r.items());
        }
        if (event instanceof EscalationRaised e) {
            return e.step().stepName() + " " + numbers(e.items());
        }
        if (event instanceof DunningLevelChanged l) {
            return l.step().stepName() + " " + l.invoiceNumber();
        }
        if (event instanceof LateFeeAssessed f) {
            return f.step().stepName() + " " + f.invoiceNumber() + " " + f.kind() + " " + f.amount().amount().toPlainString();
        }
        if (event instanceof DunningPaused p) {
            return p.pauseId() + " " + p.invoiceId().substring("inv-".length());
        }
        DunningResumed r = (DunningResumed) event;
        return r.pauseId() + " " + r.invoiceId().substring("inv-".length()) + " " + r.reason();
    }

    private static String numbers(List<DunnedItem> items) {
        return items.stream().map(DunnedItem::invoiceNumber).collect(Collectors.joining("+"));
    }
}
