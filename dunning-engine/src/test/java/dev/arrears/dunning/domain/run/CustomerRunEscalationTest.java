package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.dunning.domain.policy.ItemFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static dev.arrears.dunning.domain.run.Runs.EVERY_CHANNEL;
import static dev.arrears.dunning.domain.run.Runs.before;
import static dev.arrears.dunning.domain.run.Runs.channelList;
import static dev.arrears.dunning.domain.run.Runs.debtor;
import static dev.arrears.dunning.domain.run.Runs.dueDateFor;
import static dev.arrears.dunning.domain.run.Runs.dunned;
import static dev.arrears.dunning.domain.run.Runs.escalations;
import static dev.arrears.dunning.domain.run.Runs.eur;
import static dev.arrears.dunning.domain.run.Runs.invoice;
import static dev.arrears.dunning.domain.run.Runs.item;
import static dev.arrears.dunning.domain.run.Runs.key;
import static dev.arrears.dunning.domain.run.Runs.perCustomer;
import static dev.arrears.dunning.domain.run.Runs.reminders;
import static dev.arrears.dunning.domain.run.Runs.run;
import static dev.arrears.dunning.domain.run.Runs.settings;
import static dev.arrears.dunning.domain.run.Runs.tenAm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Which channels a reminder goes out on, and what a run hands over beyond reminders: call tasks, letters, the agency. */
class CustomerRunEscalationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 15 June 2026. */
    private static final LocalDate MONDAY = LocalDate.parse("2026-06-15");
    private static final Instant TEN_AM = tenAm(MONDAY, BERLIN);

    @ParameterizedTest(name = "[{index}] reachable on {0}: {1} goes out on {2}")
    @CsvSource(delimiter = '|', value = {
            // reachable                      | step                | channels
            "EMAIL SMS VOICE CALL_TASK LETTER | due-today           | EMAIL SMS",   // the step's channels, in its order
            "EMAIL LETTER                     | due-today           | EMAIL",       // no consent to SMS
            "EMAIL LETTER                     | overdue-30          | EMAIL",       // nor to voice calls
            "SMS VOICE LETTER                 | overdue-30          | SMS VOICE",   // no e-mail address; the order is kept
            "LETTER                           | overdue-14          | LETTER",      // none of the step's channels: a letter
            "LETTER                           | due-in-7            | LETTER",
            "EMAIL LETTER                     | final-notice-letter | LETTER EMAIL",
            "LETTER                           | final-notice-letter | LETTER",
    })
    void aReminderGoesOutOnlyOnChannelsTheCustomerCanBeReachedOn(String reachable, String step, String channels) {
        ItemFacts a = invoice("A", dueDateFor(step, MONDAY), "100.00");

        RunResult result = run(perCustomer()).evaluate(debtor("Europe/Berlin", "DE", reachable), List.of(item(a, before(step))),
                Set.of(key(a)), List.of(), TEN_AM);

        assertThat(reminders(result)).singleElement().satisfies(reminder -> {
            assertThat(reminder.step().stepName()).isEqualTo(step);
            assertThat(reminder.channels()).containsExactlyElementsOf(channelList(channels));
        });
    }

    @Test
    void aCallTaskForACustomerWithoutAUsablePhoneBecomesALetter() {
        ItemFacts a = invoice("A", dueDateFor("collector-call", MONDAY), "2000.00");
        List<RunItem> items = List.of(item(a, before("collector-call")));

        RunResult withPhone = run(perCustomer()).evaluate(debtor("Europe/Berlin", "DE", EVERY_CHANNEL), items, Set.of(key(a)),
                List.of(), TEN_AM);
        RunResult withoutPhone = run(perCustomer()).evaluate(debtor("Europe/Berlin", "DE", "EMAIL SMS LETTER"), items,
                Set.of(key(a)), List.of(), TEN_AM);

        assertThat(escalations(withPhone)).extracting(EscalationRaised::kind, EscalationRaised::assignedTeam)
                .containsExactly(tuple(EscalationKind.CALL_TASK, "collections"));
        assertThat(withPhone.callTasks()).hasSize(1);
        assertThat(escalations(withoutPhone)).extracting(EscalationRaised::kind, EscalationRaised::assignedTeam)
                .containsExactly(tuple(EscalationKind.LETTER, null));
        assertThat(withoutPhone.callTasks()).isEmpty();
        assertThat(reminders(withoutPhone)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {1}: call on {2}, due {3}")
    @CsvSource(delimiter = '|', value = {
            // zone           | country | call task on | due in 3 business days
            "Europe/Paris     | FR | 2026-11-09 | 2026-11-13", // Tue 10; Armistice on Wed 11 is off; Thu 12, Fri 13
            "Europe/Berlin    | DE | 2026-11-09 | 2026-11-12", // 11 November is worked in Germany
            "America/New_York | US | 2026-11-09 | 2026-11-13", // Veterans Day
            "Europe/Berlin    | DE | 2026-04-01 | 2026-04-08", // Thu 2; Good Friday to Easter Monday off; Tue 7, Wed 8
            "Europe/Paris     | FR | 2026-04-01 | 2026-04-07", // Good Friday is worked in France: Thu 2, Fri 3, Tue 7
            "Europe/Berlin    | DE | 2026-12-22 | 2026-12-28", // Wed 23, Thu 24; 25 and 26 December off; Mon 28
            "Europe/Paris     | FR | 2026-12-23 | 2026-12-29", // Thu 24; Christmas; Mon 28, Tue 29
    })
    void aCallTaskIsDueInBusinessDaysOfTheCustomersCountry(String zone, String country, LocalDate callDay, LocalDate due) {
        ItemFacts a = invoice("A", dueDateFor("collector-call", callDay), "2000.00");

        RunResult result = run(perCustomer()).evaluate(debtor(zone, country, EVERY_CHANNEL), List.of(item(a, before("collector-call"))),
                Set.of(key(a)), List.of(), tenAm(callDay, ZoneId.of(zone)));

        assertThat(escalations(result)).singleElement().satisfies(escalation -> {
            assertThat(escalation.kind()).isEqualTo(EscalationKind.CALL_TASK);
            assertThat(escalation.assignedTeam()).isEqualTo("collections");
            assertThat(escalation.dueDate()).isEqualTo(due);
        });
        assertThat(result.callTasks()).singleElement().extracting(RunResult.CallTaskOrder::dueDate).isEqualTo(due);
    }

    @Test
    void aCallTaskNamesTheStepTheItemsAndWhatIsOwed() {
        LocalDate callDay = LocalDate.parse("2026-11-09");
        ItemFacts a = invoice("A", dueDateFor("collector-call", callDay), "2400.00");

        RunResult result = run(perCustomer()).evaluate(debtor("Europe/Paris", "FR", EVERY_CHANNEL),
                List.of(item(a, before("collector-call"))), Set.of(key(a)), List.of(), tenAm(callDay, ZoneId.of("Europe/Paris")));

        EscalationRaised escalation = escalations(result).get(0);
        String reason = "step collector-call of policy default v1: 50 days overdue";
        List<DunnedItem> listed = List.of(dunned(a, "2400.00", 7, callDay));
        assertThat(escalation).isEqualTo(new EscalationRaised("acme", "C-1", escalation.escalationId(), EscalationKind.CALL_TASK,
                new PolicyStep("default", 1, 6, "collector-call"), reason, listed, "collections", LocalDate.parse("2026-11-13")));
        assertThat(result.callTasks()).containsExactly(new RunResult.CallTaskOrder(escalation.escalationId(), "collections",
                LocalDate.parse("2026-11-13"), reason, listed, List.of(eur("2400.00"))));
        assertThat(result.emissions()).extracting(RunResult.Emission::eventId).contains(escalation.escalationId());
    }

    /** Four invoices reach the top of the ladder on the same Monday: two call tasks due, a final notice, a hand-off. */
    private static List<RunItem> topOfTheLadder() {
        return List.of(
                item(invoice("A", dueDateFor("collector-call", MONDAY), "1000.00"), before("collector-call")),
                item(invoice("B", dueDateFor("collector-call", MONDAY), "2000.00"), before("collector-call")),
                item(invoice("C", dueDateFor("final-notice-letter", MONDAY), "300.00"), before("final-notice-letter")),
                item(invoice("D", dueDateFor("agency-handoff", MONDAY), "400.00"), before("agency-handoff")));
    }

    private static RunResult evaluateTopOfTheLadder(RunSettings settings) {
        List<RunItem> items = topOfTheLadder();
        return run(settings).evaluate(debtor("Europe/Berlin", "DE", EVERY_CHANNEL), items,
                Set.copyOf(items.stream().map(RunItem::key).toList()), List.of(), TEN_AM);
    }

    @Test
    void perCustomerOneEscalationPerKind() {
        RunResult result = evaluateTopOfTheLadder(perCustomer());

        assertThat(escalations(result)).extracting(EscalationRaised::kind,
                        e -> e.items().stream().map(DunnedItem::invoiceNumber).toList(), EscalationRaised::assignedTeam,
                        EscalationRaised::dueDate)
                .containsExactly(
                        tuple(EscalationKind.CALL_TASK, List.of("A", "B"), "collections", LocalDate.parse("2026-06-18")),
                        tuple(EscalationKind.LETTER, List.of("C"), null, null),
                        tuple(EscalationKind.AGENCY_HANDOFF, List.of("D"), null, null));
        assertThat(result.callTasks()).hasSize(1).flatExtracting(RunResult.CallTaskOrder::totals)
                .containsExactly(eur("3000.00"));
        assertThat(reminders(result)).extracting(r -> r.step().stepName()).containsExactly("final-notice-letter");
    }

    @Test
    void perInvoiceOneEscalationPerKindAndItem() {
        RunResult result = evaluateTopOfTheLadder(settings(RunSettings.Consolidation.PER_INVOICE));

        assertThat(escalations(result)).extracting(EscalationRaised::kind, e -> e.items().get(0).invoiceNumber())
                .containsExactly(
                        tuple(EscalationKind.CALL_TASK, "A"),
                        tuple(EscalationKind.CALL_TASK, "B"),
                        tuple(EscalationKind.LETTER, "C"),
                        tuple(EscalationKind.AGENCY_HANDOFF, "D"));
        assertThat(result.callTasks()).hasSize(2);
        assertThat(reminders(result)).hasSize(1).flatExtracting(ReminderDue::items).hasSize(1);
    }

    @Test
    void escalationIdsAreTheSameWheneverTheSameStepsAreRun() {
        List<String> first = escalations(evaluateTopOfTheLadder(perCustomer())).stream().map(EscalationRaised::escalationId).toList();
        List<String> again = escalations(evaluateTopOfTheLadder(perCustomer())).stream().map(EscalationRaised::escalationId).toList();
        List<String> perInvoice = escalations(evaluateTopOfTheLadder(settings(RunSettings.Consolidation.PER_INVOICE))).stream()
                .map(EscalationRaised::escalationId).toList();

        assertThat(first).hasSize(3).doesNotHaveDuplicates().isEqualTo(again);
        // One item per escalation either way: the letter and the hand-off keep their ids; the shared call task does not.
        assertThat(perInvoice).containsAll(first.subList(1, 3)).doesNotContain(first.get(0));
    }
}
