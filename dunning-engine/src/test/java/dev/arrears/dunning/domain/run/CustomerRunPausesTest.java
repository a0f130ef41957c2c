package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.DunningLevelChanged;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.DunningResumed;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.ResumeReason;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.domain.policy.ItemFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.arrears.dunning.domain.run.Runs.at;
import static dev.arrears.dunning.domain.run.Runs.before;
import static dev.arrears.dunning.domain.run.Runs.berlin;
import static dev.arrears.dunning.domain.run.Runs.dunned;
import static dev.arrears.dunning.domain.run.Runs.events;
import static dev.arrears.dunning.domain.run.Runs.invoice;
import static dev.arrears.dunning.domain.run.Runs.item;
import static dev.arrears.dunning.domain.run.Runs.key;
import static dev.arrears.dunning.domain.run.Runs.perCustomer;
import static dev.arrears.dunning.domain.run.Runs.reminders;
import static dev.arrears.dunning.domain.run.Runs.run;
import static dev.arrears.dunning.domain.run.Runs.withAmounts;
import static dev.arrears.dunning.domain.run.StepOutcome.EXECUTED;
import static dev.arrears.dunning.domain.run.StepOutcome.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Promises to pay and holds: announced once when they begin and once when they end, nothing sent while they last,
 * and a broken promise brings the next step forward. Invoice A is due on Monday 2 March 2026, in Berlin.
 */
class CustomerRunPausesTest {

    private static final ItemFacts A = invoice("A", "2026-02-02", "2026-03-02", "1190.00");
    private static final ItemFacts B = invoice("B", "2026-02-04", "2026-03-04", "400.00");
    /** Promised on 3 March to pay by Thursday 5 March; with three days' grace the pause lasts until Sunday 8th. */
    private static final Pause PROMISE = new Pause("promise-1", PauseReason.PROMISE_TO_PAY, LocalDate.parse("2026-03-08"),
            "promised 1190 EUR by 2026-03-05");
    private static final Pause HOLD = new Pause("hold-1", PauseReason.MANUAL_HOLD, null, "customer in talks with sales");

    @Test
    void aBrokenPromiseIsAnnouncedOnceAndBringsTheNextStepForward() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(A, before("due-today"), "2026-03-02T08:00:00Z")
                .add(B, before("due-today"), "2026-03-04T08:00:00Z")
                .runUntil("2026-03-03T09:59:59Z")
                .pause("A", PROMISE, "2026-03-03T10:00:00Z")
                .runUntil("2026-04-01T23:59:59Z");

        assertThat(engine.log()).containsExactly(
                "2026-03-02T08:00:00Z | A due-today | DunningLevelChanged ReminderDue",
                // the promise is recorded: A is paused until Sunday 8 March, its next run is Monday 9th at 09:00 CET
                "2026-03-03T10:00:00Z | - | DunningPaused",
                // B's own step; A is still paused: not announced again, not listed in B's reminder
                "2026-03-04T08:00:00Z | B due-today | DunningLevelChanged ReminderDue",
                // nothing came: the promise is broken and + 14, planned for 16 March, is brought forward
                "2026-03-09T08:00:00Z | A overdue-14 | DunningResumed DunningLevelChanged ReminderDue",
                // B's + 14 on its own date, Wednesday 18 March
                "2026-03-18T08:00:00Z | B overdue-14 | DunningLevelChanged ReminderDue",
                // A's + 30 keeps its date, Wednesday 1 April (CEST)
                "2026-04-01T07:00:00Z | A overdue-30 | DunningLevelChanged ReminderDue");

        RunResult paused = engine.results().get(1);
        assertThat(events(paused, DunningPaused.class)).containsExactly(new DunningPaused("acme", "C-1", "promise-1", "inv-A",
                PauseReason.PROMISE_TO_PAY, "promised 1190 EUR by 2026-03-05", LocalDate.parse("2026-03-08"), at("2026-03-03T10:00:00Z")));
        assertThat(paused.nextEvaluation()).containsEntry(key(A), Optional.of(at("2026-03-09T08:00:00Z")));
        assertThat(reminders(engine.results().get(2))).hasSize(1).flatExtracting(ReminderDue::items)
                .containsExactly(dunned(B, "400.00", 3, LocalDate.parse("2026-03-04")));

        RunResult broken = engine.results().get(3);
        assertThat(events(broken, DunningResumed.class)).containsExactly(new DunningResumed("acme", "C-1", "promise-1", "inv-A",
                ResumeReason.PROMISE_BROKEN, "promised 1190 EUR by 2026-03-05", at("2026-03-09T08:00:00Z")));
        assertThat(events(broken, DunningLevelChanged.class)).extracting(DunningLevelChanged::fromLevel, DunningLevelChanged::toLevel)
                .containsExactly(tuple(3, 4));
        assertThat(reminders(broken)).hasSize(1).flatExtracting(ReminderDue::items).containsExactly(
                dunned(A, "1190.00", 4, LocalDate.parse("2026-03-09")), dunned(B, "400.00", 3, LocalDate.parse("2026-03-09")));
        assertThat(broken.audit()).filteredOn(note -> note.kind() == AuditKind.STEP_EXECUTED).extracting(AuditNote::reason)
                .containsExactly("step overdue-14 brought forward: a promise to pay was broken; level 3 -> 4");
    }

    @Test
    void aKeptPromiseEndsDunningWithoutAResume() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(A, before("due-today"), "2026-03-02T08:00:00Z")
                .runUntil("2026-03-03T09:59:59Z")
                .pause("A", PROMISE, "2026-03-03T10:00:00Z")
                .runUntil("2026-03-05T09:59:59Z")
                .change("A", a -> withAmounts(a, "0.00", "0", true), "2026-03-05T10:00:00Z");

        assertThat(engine.runToTheEnd()).containsExactly(
                "2026-03-02T08:00:00Z | A due-today | DunningLevelChanged ReminderDue",
                "2026-03-03T10:00:00Z | - | DunningPaused",
                // paid as promised: nothing is announced or sent, and A is never looked at again
                "2026-03-05T10:00:00Z | - | -");
        assertThat(engine.results().get(2).audit()).extracting(AuditNote::kind).containsExactly(AuditKind.SETTLED);
        assertThat(engine.nextEvaluation("A")).isEmpty();
    }

    @Test
    void aHoldWithoutEndStopsEverythingUntilItIsReleased() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(A, before("overdue-14"), "2026-03-02T10:00:00Z")
                .runUntil("2026-03-05T09:59:59Z")
                .pause("A", HOLD, "2026-03-05T10:00:00Z")
                .runUntil("2026-04-08T09:59:59Z");

        assertThat(engine.log()).containsExactly(
                "2026-03-02T10:00:00Z | - | -",
                "2026-03-05T10:00:00Z | - | DunningPaused");
        assertThat(events(engine.results().get(1), DunningPaused.class)).extracting(DunningPaused::until).containsExactly((LocalDate) null);
        assertThat(engine.results().get(1).nextEvaluation()).containsEntry(key(A), Optional.empty());

        engine.pause("A", null, "2026-04-08T10:00:00Z").runUntil("2026-04-08T23:59:59Z");

        // Released on Wednesday 8 April: + 14 (16 March) and + 30 (1 April) fell due during the hold; only + 30 is sent.
        assertThat(engine.log()).last().isEqualTo("2026-04-08T10:00:00Z | A overdue-30 | DunningResumed DunningLevelChanged ReminderDue");
        RunResult released = engine.results().get(2);
        assertThat(events(released, DunningResumed.class)).extracting(DunningResumed::pauseId, DunningResumed::reason)
                .containsExactly(tuple("hold-1", ResumeReason.HOLD_RELEASED));
        assertThat(released.steps()).extracting(RunResult.StepRecord::stepIndex, RunResult.StepRecord::outcome)
                .containsExactlyInAnyOrder(tuple(4, EXECUTED), tuple(3, SKIPPED));
        // + 45 is Thursday 16 April, 09:00 CEST
        assertThat(engine.nextEvaluation("A")).contains(at("2026-04-16T07:00:00Z"));
    }

    @ParameterizedTest(name = "[{index}] {0} until {1} ended: {2}, sent {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // paused for   | last day   | resumed because  | sent
            "PROMISE_TO_PAY | 2026-03-08 | PROMISE_BROKEN   | overdue-14", // + 14 (16 March) is brought forward to today
            "MANUAL_HOLD    | -          | HOLD_RELEASED    | -",          // + 14 keeps its date
            "MANUAL_HOLD    | 2026-03-31 | HOLD_RELEASED    | -",          // released before its last day
            "MANUAL_HOLD    | 2026-03-08 | HOLD_EXPIRED     | -",          // ran out yesterday
            "REPORTED_PAID  | 2026-03-08 | HOLD_EXPIRED     | -",          // the payment the customer reported did not come
            "DISPUTE        | -          | DISPUTE_RESOLVED | -",
            "PAYMENT_PLAN   | -          | PLAN_ENDED       | -",
    })
    void announcesWhyAPauseEndedAndOnlyABrokenPromiseHurries(PauseReason reason, LocalDate until, ResumeReason resumed,
                                                             String sent) {
        Pause ended = new Pause("pause-1", reason, until, null);
        Instant monday = at("2026-03-09T08:00:00Z");

        RunResult result = run(perCustomer()).evaluate(berlin(), List.of(item(A, before("overdue-14"), null, ended)),
                Set.of(key(A)), List.of(), monday);

        assertThat(events(result, DunningResumed.class)).containsExactly(
                new DunningResumed("acme", "C-1", "pause-1", "inv-A", resumed, null, monday));
        assertThat(reminders(result)).extracting(r -> r.step().stepName()).containsExactlyElementsOf(
                sent == null ? List.of() : List.of(sent));
        assertThat(result.pauses()).containsEntry(key(A), null);
        assertThat(result.nextEvaluation()).containsEntry(key(A),
                // after the brought-forward + 14 the next is + 30 (1 April, CEST); otherwise + 14 on 16 March (CET)
                Optional.of(at(sent == null ? "2026-03-16T08:00:00Z" : "2026-04-01T07:00:00Z")));
    }

    @Test
    void onePauseOverSeveralInstallmentsIsAnnouncedOncePerInvoice() {
        ItemFacts first = installment(A, 1, "595.00");
        ItemFacts second = installment(A, 2, "595.00");

        RunResult result = run(perCustomer()).evaluate(berlin(), List.of(item(first, before("overdue-14"), PROMISE, null),
                item(second, before("overdue-14"), PROMISE, null)), Set.of(key(first), key(second)), List.of(),
                at("2026-03-03T10:00:00Z"));

        assertThat(events(result, DunningPaused.class)).hasSize(1);
        assertThat(result.audit()).extracting(AuditNote::item, AuditNote::kind, note -> note.eventId() != null).containsExactly(
                tuple(key(first), AuditKind.PAUSED, true), tuple(key(second), AuditKind.PAUSED, false));
        assertThat(result.pauses()).containsEntry(key(first), PROMISE).containsEntry(key(second), PROMISE);
    }

    @Test
    void aPausedItemIsNotListedInAnotherInvoicesReminder() {
        RunResult result = run(perCustomer()).evaluate(berlin(),
                List.of(item(A, before("overdue-14"), PROMISE, PROMISE), item(B, before("due-today"))),
                Set.of(key(B)), List.of(), at("2026-03-04T08:00:00Z"));

        assertThat(reminders(result)).hasSize(1).flatExtracting(ReminderDue::items)
                .extracting(DunnedItem::invoiceId).containsExactly("inv-B");
        assertThat(events(result, DunningPaused.class)).isEmpty();
    }

    private static ItemFacts installment(ItemFacts f, int number, String open) {
        return new ItemFacts(f.tenantId(), f.customerId(), f.invoiceId(), f.invoiceNumber(), number, f.issueDate(), f.dueDate(),
                f.currency(), new BigDecimal(open), BigDecimal.ZERO, null, false);
    }
}
