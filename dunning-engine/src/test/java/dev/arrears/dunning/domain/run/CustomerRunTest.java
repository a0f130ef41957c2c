package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.policy.StepIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.arrears.dunning.domain.run.Runs.DEFAULT;
import static dev.arrears.dunning.domain.run.Runs.at;
import static dev.arrears.dunning.domain.run.Runs.before;
import static dev.arrears.dunning.domain.run.Runs.berlin;
import static dev.arrears.dunning.domain.run.Runs.dunned;
import static dev.arrears.dunning.domain.run.Runs.eur;
import static dev.arrears.dunning.domain.run.Runs.invoice;
import static dev.arrears.dunning.domain.run.Runs.item;
import static dev.arrears.dunning.domain.run.Runs.key;
import static dev.arrears.dunning.domain.run.Runs.perCustomer;
import static dev.arrears.dunning.domain.run.Runs.reminders;
import static dev.arrears.dunning.domain.run.Runs.run;
import static dev.arrears.dunning.domain.run.Runs.settings;
import static dev.arrears.dunning.domain.run.Runs.withAmounts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one run of a customer with several invoices emits: one reminder or one per invoice, what each lists after
 * payments and disputes, and that the same facts always give the same events under the same ids.
 *
 * <p>Monday 15 June 2026, 10:00 in Berlin: three of the customer's invoices have a step due, a fourth is overdue and
 * waits for its next step.
 */
class CustomerRunTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    private static final Instant NOW = at("2026-06-15T08:00:00Z");

    /** Due 1 May: + 45 today. */
    private static final ItemFacts A = invoice("A", "2026-04-01", "2026-05-01", "500.00");
    /** Due 1 June: + 14 today. */
    private static final ItemFacts B = invoice("B", "2026-05-02", "2026-06-01", "200.00");
    /** Due 22 June: the pre-due reminder today. */
    private static final ItemFacts C = invoice("C", "2026-05-23", "2026-06-22", "300.00");
    /** Due 20 May: + 14 went out on 3 June, + 30 is on 19 June. */
    private static final ItemFacts D = invoice("D", "2026-04-20", "2026-05-20", "150.00");

    private static List<RunItem> items() {
        return List.of(item(A, before("overdue-45")), item(B, before("overdue-14")), item(C, before("due-in-7")),
                item(D, before("overdue-30")));
    }

    private static RunResult evaluate(RunSettings settings) {
        return run(settings).evaluate(berlin(), items(), Set.of(key(A), key(B), key(C)), List.of(), NOW);
    }

    @Test
    void perCustomerOneReminderListsEveryOverdueItemAtItsOwnLevelInTheToneOfTheFurthest() {
        RunResult result = evaluate(perCustomer());

        String reminderId = StepIds.derived(Stream.of(StepIds.of(A, DEFAULT, 5), StepIds.of(B, DEFAULT, 3), StepIds.of(C, DEFAULT, 1))
                .sorted().toArray(String[]::new));
        assertThat(reminders(result)).containsExactly(new ReminderDue("acme", "C-1", reminderId,
                new PolicyStep("default", 1, 5, "overdue-45"), Tone.FINAL_NOTICE, "final-warning", "de",
                List.of(Channel.EMAIL, Channel.SMS),
                List.of(dunned(A, "500.00", 6, TODAY), dunned(B, "200.00", 4, TODAY), dunned(C, "300.00", 2, TODAY),
                        // not due for a step today, but overdue: listed at the level it has
                        dunned(D, "150.00", 4, TODAY)),
                // C is not overdue yet, so it is listed but not in the total
                List.of(eur("850.00")), NOW));
        assertThat(result.emissions()).extracting(RunResult.Emission::eventId).containsExactly(
                StepIds.derived("level", StepIds.of(A, DEFAULT, 5)), StepIds.derived("level", StepIds.of(B, DEFAULT, 3)),
                StepIds.derived("level", StepIds.of(C, DEFAULT, 1)), reminderId);
        assertThat(result.contactedAt()).contains(NOW);
    }

    @Test
    void perInvoiceEachItemDueGetsItsOwnReminder() {
        RunResult result = evaluate(settings(RunSettings.Consolidation.PER_INVOICE));

        assertThat(reminders(result)).containsExactly(
                new ReminderDue("acme", "C-1", StepIds.derived(StepIds.of(A, DEFAULT, 5)), new PolicyStep("default", 1, 5, "overdue-45"),
                        Tone.FINAL_NOTICE, "final-warning", "de", List.of(Channel.EMAIL, Channel.SMS),
                        List.of(dunned(A, "500.00", 6, TODAY)), List.of(eur("500.00")), NOW),
                new ReminderDue("acme", "C-1", StepIds.derived(StepIds.of(B, DEFAULT, 3)), new PolicyStep("default", 1, 3, "overdue-14"),
                        Tone.FIRM, "overdue", "de", List.of(Channel.EMAIL, Channel.SMS),
                        List.of(dunned(B, "200.00", 4, TODAY)), List.of(eur("200.00")), NOW),
                new ReminderDue("acme", "C-1", StepIds.derived(StepIds.of(C, DEFAULT, 1)), new PolicyStep("default", 1, 1, "due-in-7"),
                        Tone.FRIENDLY, "pre-due", "de", List.of(Channel.EMAIL),
                        List.of(dunned(C, "300.00", 2, TODAY)), List.of(), NOW));
        assertThat(result.emissions()).extracting(e -> e.event().getClass().getSimpleName()).containsExactly(
                "DunningLevelChanged", "DunningLevelChanged", "DunningLevelChanged", "ReminderDue", "ReminderDue", "ReminderDue");
    }

    @Test
    void theReminderIdDependsOnTheStepsItCarriesOutOnly() {
        List<String> everyone = reminders(evaluate(perCustomer())).stream().map(ReminderDue::reminderId).toList();
        List<String> again = reminders(evaluate(perCustomer())).stream().map(ReminderDue::reminderId).toList();
        // D is listed too, but it has no step today: the same reminder without it carries out the same steps.
        List<String> withoutD = reminders(run(perCustomer()).evaluate(berlin(), items().subList(0, 3),
                Set.of(key(A), key(B), key(C)), List.of(), NOW)).stream().map(ReminderDue::reminderId).toList();
        // Without C, one step fewer: another reminder.
        List<String> withoutC = reminders(run(perCustomer()).evaluate(berlin(), List.of(items().get(0), items().get(1)),
                Set.of(key(A), key(B)), List.of(), NOW)).stream().map(ReminderDue::reminderId).toList();

        assertThat(everyone).hasSize(1).isEqualTo(again).isEqualTo(withoutD).doesNotContainAnyElementsOf(withoutC);
    }

    @ParameterizedTest(name = "[{index}] open {0}, disputed {1}, closed {2}: listed {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // open  | disputed | closed | listed  | evidence
            "500.00  | 0        | false  | 500.00  | -",               // nothing paid
            "180.50  | 0        | false  | 180.50  | -",               // 319.50 paid: the rest is dunned
            "0.01    | 0        | false  | 0.01    | -",               // one cent is still open (the default ladder has no minimum)
            "0.00    | 0        | false  | -       | SETTLED",         // paid in full
            "-20.00  | 0        | false  | -       | SETTLED",         // overpaid
            "500.00  | 0        | true   | -       | SETTLED",         // credited, voided or written off
            "500.00  | 120.00   | false  | 380.00  | -",               // only the undisputed part
            "180.50  | 80.50    | false  | 100.00  | -",               // paid in part and disputed in part
            "500.00  | 500.00   | false  | -       | PAUSED",          // disputed in full: nothing to dun, and the trail says why
            "180.50  | 500.00   | false  | -       | PAUSED",          // disputed more than is still open
    })
    void listsOnlyWhatIsStillOpenAndUndisputed(String open, String disputed, boolean closed, String listed, AuditKind evidence) {
        ItemFacts a = withAmounts(A, open, disputed, closed);

        RunResult result = run(perCustomer()).evaluate(berlin(), List.of(item(a, before("overdue-45"))), Set.of(key(a)), List.of(),
                NOW);

        if (listed != null) {
            assertThat(reminders(result)).singleElement().satisfies(reminder -> {
                assertThat(reminder.items()).extracting(DunnedItem::openAmount).containsExactly(eur(listed));
                assertThat(reminder.totalsOverdue()).containsExactly(eur(listed));
            });
            // + 50 is Saturday 20 June: Monday 22nd, 09:00 CEST
            assertThat(result.nextEvaluation()).containsEntry(key(a), Optional.of(at("2026-06-22T07:00:00Z")));
        } else {
            assertThat(result.emissions()).isEmpty();
            assertThat(result.steps()).isEmpty();
            assertThat(result.contactedAt()).isEmpty();
            assertThat(result.nextEvaluation()).containsEntry(key(a), Optional.empty());
            assertThat(result.audit()).singleElement().satisfies(note -> {
                assertThat(note.item()).isEqualTo(key(a));
                assertThat(note.kind()).isEqualTo(evidence);
            });
        }
    }

    @Test
    void anItemPaidWhileWaitingIsDroppedWithoutEvidenceUnlessItsOwnEvaluationWasDue() {
        ItemFacts paidD = withAmounts(D, "0.00", "0", true);
        List<RunItem> items = List.of(item(B, before("overdue-14")), item(paidD, before("overdue-30")));

        RunResult forB = run(perCustomer()).evaluate(berlin(), items, Set.of(key(B)), List.of(), NOW);
        RunResult forBoth = run(perCustomer()).evaluate(berlin(), items, Set.of(key(B), key(paidD)), List.of(), NOW);

        assertThat(reminders(forB)).hasSize(1).flatExtracting(ReminderDue::items).containsExactly(dunned(B, "200.00", 4, TODAY));
        assertThat(forB.nextEvaluation()).containsEntry(key(paidD), Optional.empty());
        assertThat(forB.audit()).noneMatch(note -> key(paidD).equals(note.item()));
        assertThat(forBoth.audit()).filteredOn(note -> key(paidD).equals(note.item())).singleElement()
                .satisfies(note -> {
                    assertThat(note.kind()).isEqualTo(AuditKind.SETTLED);
                    assertThat(note.reason()).isEqualTo("settled");
                });
    }

    @Test
    void aReplayWithTheStepsRecordedEmitsNothing() {
        RunResult first = evaluate(perCustomer());
        Map<ItemKey, Set<Integer>> recorded = new HashMap<>();
        items().forEach(i -> recorded.put(i.key(), new HashSet<>(i.recorded())));
        first.steps().forEach(step -> recorded.get(step.item()).add(step.stepIndex()));
        List<RunItem> stored = items().stream().map(i -> item(i.facts(), recorded.get(i.key()), null, first.pauses().get(i.key())))
                .toList();
        List<Instant> contacts = first.contactedAt().stream().toList();

        // The same instant (the engine retried after a commit it did not see) and later that day.
        for (Instant again : List.of(NOW, at("2026-06-15T14:30:00Z"))) {
            RunResult replay = run(perCustomer()).evaluate(berlin(), stored, Set.of(key(A), key(B), key(C)), contacts, again);

            assertThat(replay.emissions()).as("at %s", again).isEmpty();
            assertThat(replay.steps()).as("at %s", again).isEmpty();
            assertThat(replay.contactedAt()).as("at %s", again).isEmpty();
        }
    }

    @Test
    void theEventsOfARunAreAFunctionOfTheFacts() {
        RunResult first = evaluate(perCustomer());
        RunResult second = evaluate(perCustomer());
        // The engine crashed before commit and the run was retried the next morning: same steps, same ids.
        RunResult nextMorning = run(perCustomer()).evaluate(berlin(), items(), Set.of(key(A), key(B), key(C)), List.of(),
                at("2026-06-16T07:00:00Z"));

        assertThat(second.emissions()).isEqualTo(first.emissions());
        assertThat(second.steps()).isEqualTo(first.steps());
        assertThat(nextMorning.emissions()).extracting(RunResult.Emission::eventId)
                .containsExactlyElementsOf(first.emissions().stream().map(RunResult.Emission::eventId).toList());
    }

    @Test
    void aWholeLifeSimulatedTwiceEmitsTheSameEvents() {
        List<RunResult.Emission> first = life().results().stream().flatMap(r -> r.emissions().stream()).toList();
        List<RunResult.Emission> second = life().results().stream().flatMap(r -> r.emissions().stream()).toList();

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first).extracting(RunResult.Emission::eventId).doesNotHaveDuplicates();
    }

    /** Two invoices of one customer, from issue to the agency. */
    private static SimulatedEngine life() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(invoice("A", "2026-01-16", "2026-01-31", "1190.00"), Set.of(), "2026-01-16T10:00:00Z")
                .add(invoice("B", "2026-02-10", "2026-03-12", "300.00"), Set.of(), "2026-02-10T10:00:00Z");
        engine.runToTheEnd();
        return engine;
    }
}
