package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.dunning.domain.policy.ItemFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.arrears.dunning.domain.run.Runs.at;
import static dev.arrears.dunning.domain.run.Runs.before;
import static dev.arrears.dunning.domain.run.Runs.berlin;
import static dev.arrears.dunning.domain.run.Runs.dueDateFor;
import static dev.arrears.dunning.domain.run.Runs.escalations;
import static dev.arrears.dunning.domain.run.Runs.instants;
import static dev.arrears.dunning.domain.run.Runs.invoice;
import static dev.arrears.dunning.domain.run.Runs.item;
import static dev.arrears.dunning.domain.run.Runs.key;
import static dev.arrears.dunning.domain.run.Runs.perCustomer;
import static dev.arrears.dunning.domain.run.Runs.reminders;
import static dev.arrears.dunning.domain.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** At most 3 contacts in any 7 days: a reminder that would be the fourth waits, then goes out inside the send window. */
class CustomerRunContactCapTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theFourthReminderInAWeekWaitsForTheOldestContactToDropOut() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(invoice("A", LocalDate.parse("2026-06-01"), "100.00"), before("due-today"), "2026-06-01T07:00:00Z")
                .add(invoice("B", LocalDate.parse("2026-06-02"), "200.00"), before("due-today"), "2026-06-02T07:00:00Z")
                .add(invoice("C", LocalDate.parse("2026-06-03"), "300.00"), before("due-today"), "2026-06-03T07:00:00Z")
                .add(invoice("D", LocalDate.parse("2026-06-04"), "400.00"), before("due-today"), "2026-06-04T07:00:00Z")
                .runUntil("2026-06-14T00:00:00Z");

        assertThat(engine.log()).containsExactly(
                "2026-06-01T07:00:00Z | A due-today | DunningLevelChanged ReminderDue",
                "2026-06-02T07:00:00Z | B due-today | DunningLevelChanged ReminderDue",
                "2026-06-03T07:00:00Z | C due-today | DunningLevelChanged ReminderDue",
                // D is due on Thursday 4 June, but three contacts since Monday 09:00 CEST: the run on its date holds it
                // back until Monday's drops out on Monday 8 June at 09:00, which is also when the window opens
                "2026-06-04T07:00:00Z | - | -",
                "2026-06-08T07:00:00Z | D due-today | DunningLevelChanged ReminderDue");
        assertThat(engine.contacts()).extracting(Instant::toString).containsExactly(
                "2026-06-01T07:00:00Z", "2026-06-02T07:00:00Z", "2026-06-03T07:00:00Z", "2026-06-08T07:00:00Z");
    }

    @ParameterizedTest(name = "[{index}] contacts {0}, run at {1}: sent at {2}")
    @CsvSource(delimiter = '|', value = {
            // contacts before (all within the window)                     | run at              | sent at
            // two in the week leave room for a third
            "2026-06-02T10:00:00Z 2026-06-03T10:00:00Z                      | 2026-06-04T07:00:00Z | 2026-06-04T07:00:00Z",
            // Monday's contact (12:00 CEST) drops out next Monday at 12:00, inside the window
            "2026-06-01T10:00:00Z 2026-06-02T10:00:00Z 2026-06-03T10:00:00Z | 2026-06-04T07:00:00Z | 2026-06-08T10:00:00Z",
            // last Thursday's contact drops out at 14:00 today
            "2026-05-28T12:00:00Z 2026-06-02T10:00:00Z 2026-06-03T10:00:00Z | 2026-06-04T07:00:00Z | 2026-06-04T12:00:00Z",
            // the drop-out falls on Whit Monday, 25 May: Tuesday when the window opens
            "2026-05-18T08:00:00Z 2026-05-19T08:00:00Z 2026-05-20T08:00:00Z | 2026-05-21T07:00:00Z | 2026-05-26T07:00:00Z",
            // sent at 16:30 CET; seven days later the clocks show 17:30 CEST, after the window: Tuesday 09:00 CEST
            "2026-03-23T15:30:00Z 2026-03-24T15:30:00Z 2026-03-25T15:30:00Z | 2026-03-26T08:00:00Z | 2026-03-31T07:00:00Z",
            // sent at 16:30 CEST; seven days later it is 15:30 CET, still inside the window
            "2026-10-19T14:30:00Z 2026-10-20T14:30:00Z 2026-10-21T14:30:00Z | 2026-10-22T07:00:00Z | 2026-10-26T14:30:00Z",
    })
    void aReminderOverTheCapIsDeferredToTheDropOutAndIntoTheWindow(String contacts, Instant runAt, Instant sentAt) {
        ItemFacts a = invoice("A", LocalDate.ofInstant(runAt, BERLIN), "100.00");
        List<RunItem> items = List.of(item(a, before("due-today")));
        CustomerRun run = run(perCustomer());

        RunResult first = run.evaluate(berlin(), items, Set.of(key(a)), instants(contacts), runAt);

        if (sentAt.equals(runAt)) {
            assertThat(reminders(first)).hasSize(1);
            assertThat(first.contactedAt()).contains(runAt);
            return;
        }
        assertThat(first.emissions()).isEmpty();
        assertThat(first.steps()).isEmpty();
        assertThat(first.nextEvaluation()).containsEntry(key(a), Optional.of(sentAt));

        RunResult deferred = run.evaluate(berlin(), items, Set.of(key(a)), instants(contacts), sentAt);

        assertThat(reminders(deferred)).extracting(r -> r.step().stepName(), ReminderDue::scheduledFor)
                .containsExactly(tuple("due-today", sentAt));
        assertThat(deferred.contactedAt()).contains(sentAt);
    }

    @Test
    void theCapHoldsBackMessagesNotTheCollectorsWork() {
        LocalDate thursday = LocalDate.parse("2026-06-04");
        ItemFacts a = invoice("A", dueDateFor("collector-call", thursday), "2000.00");
        List<Instant> threeThisWeek = instants("2026-06-01T10:00:00Z 2026-06-02T10:00:00Z 2026-06-03T10:00:00Z");

        RunResult result = run(perCustomer()).evaluate(berlin(), List.of(item(a, before("collector-call"))), Set.of(key(a)),
                threeThisWeek, at("2026-06-04T07:00:00Z"));

        assertThat(escalations(result)).extracting(EscalationRaised::kind).containsExactly(EscalationKind.CALL_TASK);
        assertThat(result.contactedAt()).isEmpty();
    }
}
