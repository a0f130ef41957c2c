package dev.arrears.dunning.domain.run;

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

import static dev.arrears.dunning.domain.run.Runs.EVERY_CHANNEL;
import static dev.arrears.dunning.domain.run.Runs.before;
import static dev.arrears.dunning.domain.run.Runs.debtor;
import static dev.arrears.dunning.domain.run.Runs.dueDateFor;
import static dev.arrears.dunning.domain.run.Runs.invoice;
import static dev.arrears.dunning.domain.run.Runs.item;
import static dev.arrears.dunning.domain.run.Runs.key;
import static dev.arrears.dunning.domain.run.Runs.perCustomer;
import static dev.arrears.dunning.domain.run.Runs.reminders;
import static dev.arrears.dunning.domain.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default ladder over the whole life of an invoice, run as the engine runs it: each run at the instant the one
 * before scheduled, in the customer's local send window (09:00-17:00) on the business days of their country.
 */
class CustomerRunLifeTest {

    private static final String A_REMINDER = "DunningLevelChanged ReminderDue";

    @Test
    void anInvoiceDueOnTheLastDayOfJanuaryInBerlin() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), debtor("Europe/Berlin", "DE", EVERY_CHANNEL))
                .add(invoice("A", "2026-01-16", "2026-01-31", "1190.00"), Set.of(), "2026-01-16T10:00:00Z");

        assertThat(engine.runToTheEnd()).containsExactly(
                // issued on Friday: nothing yet, the courtesy note is planned for issue + 3
                "2026-01-16T10:00:00Z | - | -",
                // issue + 3 = Monday 19 January, 09:00 CET = 08:00Z
                "2026-01-19T08:00:00Z | A courtesy | DunningLevelChanged ReminderDue",
                // due - 7 = Saturday 24 January: Monday 26th
                "2026-01-26T08:00:00Z | A due-in-7 | DunningLevelChanged ReminderDue",
                // due on Saturday 31 January: Monday 2 February
                "2026-02-02T08:00:00Z | A due-today | DunningLevelChanged ReminderDue",
                // + 14 = Saturday 14 February: Monday 16th
                "2026-02-16T08:00:00Z | A overdue-14 | DunningLevelChanged ReminderDue",
                // + 30 from 31 January is 2 March (February 2026 has 28 days), a Monday
                "2026-03-02T08:00:00Z | A overdue-30 | DunningLevelChanged ReminderDue",
                // + 45 = Tuesday 17 March
                "2026-03-17T08:00:00Z | A overdue-45 | DunningLevelChanged ReminderDue",
                // + 50 = Sunday 22 March: Monday 23rd, still CET; a call task, no message to the customer
                "2026-03-23T08:00:00Z | A collector-call | DunningLevelChanged EscalationRaised",
                // + 60 = Wednesday 1 April; the clocks went forward on 29 March: 09:00 CEST = 07:00Z
                "2026-04-01T07:00:00Z | A final-notice-letter | DunningLevelChanged ReminderDue EscalationRaised",
                // + 75 = Thursday 16 April, then nothing is left: the agency takes over
                "2026-04-16T07:00:00Z | A agency-handoff | DunningLevelChanged EscalationRaised");
        assertThat(engine.nextEvaluation("A")).isEmpty();
        assertThat(engine.recorded("A")).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void anInvoiceDueAfterTheClocksGoBackInBerlin() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), debtor("Europe/Berlin", "DE", EVERY_CHANNEL))
                .add(invoice("A", "2026-09-26", "2026-10-26", "1190.00"), Set.of(), "2026-09-26T06:00:00Z");

        assertThat(engine.runToTheEnd()).containsExactly(
                // issued on Saturday 26 September by the ERP's night batch
                "2026-09-26T06:00:00Z | - | -",
                // issue + 3 = Tuesday 29 September, 09:00 CEST = 07:00Z
                "2026-09-29T07:00:00Z | A courtesy | DunningLevelChanged ReminderDue",
                // due - 7 = Monday 19 October, still CEST
                "2026-10-19T07:00:00Z | A due-in-7 | DunningLevelChanged ReminderDue",
                // Monday 26 October: the clocks went back on Sunday 25th, 09:00 CET = 08:00Z
                "2026-10-26T08:00:00Z | A due-today | DunningLevelChanged ReminderDue",
                // + 14 = Monday 9 November
                "2026-11-09T08:00:00Z | A overdue-14 | DunningLevelChanged ReminderDue",
                // + 30 = Wednesday 25 November
                "2026-11-25T08:00:00Z | A overdue-30 | DunningLevelChanged ReminderDue",
                // + 45 = Thursday 10 December
                "2026-12-10T08:00:00Z | A overdue-45 | DunningLevelChanged ReminderDue",
                // + 50 = Tuesday 15 December
                "2026-12-15T08:00:00Z | A collector-call | DunningLevelChanged EscalationRaised",
                // + 60 = Christmas Day (Friday), then Second Christmas Day (Saturday) and Sunday: Monday 28th
                "2026-12-28T08:00:00Z | A final-notice-letter | DunningLevelChanged ReminderDue EscalationRaised",
                // + 75 = Saturday 9 January 2027: Monday 11th
                "2027-01-11T08:00:00Z | A agency-handoff | DunningLevelChanged EscalationRaised");
    }

    @Test
    void anInvoiceOfACustomerInNewYork() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), debtor("America/New_York", "US", EVERY_CHANNEL))
                .add(invoice("A", "2026-09-27", "2026-10-27", "1190.00"), Set.of(), "2026-09-27T14:00:00Z");

        assertThat(engine.runToTheEnd()).containsExactly(
                "2026-09-27T14:00:00Z | - | -",
                // issue + 3 = Wednesday 30 September, 09:00 EDT = 13:00Z
                "2026-09-30T13:00:00Z | A courtesy | DunningLevelChanged ReminderDue",
                // due - 7 = Tuesday 20 October
                "2026-10-20T13:00:00Z | A due-in-7 | DunningLevelChanged ReminderDue",
                // Tuesday 27 October: Berlin is on winter time since the 25th, New York not until 1 November
                "2026-10-27T13:00:00Z | A due-today | DunningLevelChanged ReminderDue",
                // + 14 = Tuesday 10 November, 09:00 EST = 14:00Z
                "2026-11-10T14:00:00Z | A overdue-14 | DunningLevelChanged ReminderDue",
                // + 30 = Thanksgiving, Thursday 26 November: Friday 27th
                "2026-11-27T14:00:00Z | A overdue-30 | DunningLevelChanged ReminderDue",
                // + 45 = Friday 11 December
                "2026-12-11T14:00:00Z | A overdue-45 | DunningLevelChanged ReminderDue",
                // + 50 = Wednesday 16 December
                "2026-12-16T14:00:00Z | A collector-call | DunningLevelChanged EscalationRaised",
                // + 60 = Saturday 26 December: Monday 28th
                "2026-12-28T14:00:00Z | A final-notice-letter | DunningLevelChanged ReminderDue EscalationRaised",
                // + 75 = Sunday 10 January 2027: Monday 11th
                "2027-01-11T14:00:00Z | A agency-handoff | DunningLevelChanged EscalationRaised");
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: +14 on {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // zone           | country | + 14 falls on | sent at
            "Europe/Berlin    | DE | 2026-04-03 | 2026-04-07T07:00:00Z", // Good Friday, weekend, Easter Monday: Tuesday
            "Europe/Berlin    | DE | 2026-04-06 | 2026-04-07T07:00:00Z", // Easter Monday
            "Europe/Berlin    | DE | 2025-10-03 | 2025-10-06T07:00:00Z", // German Unity Day 2025, a Friday: Monday
            "Europe/Berlin    | DE | 2026-05-14 | 2026-05-15T07:00:00Z", // Ascension
            "Europe/Berlin    | DE | 2026-05-25 | 2026-05-26T07:00:00Z", // Whit Monday
            "Europe/Berlin    | DE | 2026-12-24 | 2026-12-24T08:00:00Z", // Christmas Eve is a working day
            "Europe/Berlin    | DE | 2026-12-25 | 2026-12-28T08:00:00Z", // Christmas Day and Second Christmas Day
            "Europe/Berlin    | DE | 2027-01-01 | 2027-01-04T08:00:00Z", // New Year, a Friday
            "America/New_York | US | 2026-05-25 | 2026-05-26T13:00:00Z", // Memorial Day, the same Monday as Whitsun
            "America/New_York | US | 2026-07-03 | 2026-07-06T13:00:00Z", // 4 July is a Saturday, observed on Friday 3rd
            "America/New_York | US | 2026-11-26 | 2026-11-27T14:00:00Z", // Thanksgiving
            "America/New_York | US | 2026-04-06 | 2026-04-06T13:00:00Z", // Easter Monday is a working day in the US
            "Europe/Paris     | FR | 2026-11-11 | 2026-11-12T08:00:00Z", // Armistice
            "Europe/London    | GB | 2026-12-25 | 2026-12-29T09:00:00Z", // Boxing Day (Saturday) is made up on Monday 28th
    })
    void aStepOnADayOffIsSentWhenTheNextBusinessDayOpens(String zone, String country, LocalDate stepDay, Instant sentAt) {
        ItemFacts facts = invoice("A", dueDateFor("overdue-14", stepDay), "500.00");
        // The engine looked at the invoice last on its due date, after the due-today reminder.
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), debtor(zone, country, EVERY_CHANNEL))
                .add(facts, before("overdue-14"), Runs.tenAm(facts.dueDate(), ZoneId.of(zone)).toString());

        engine.runUntil(sentAt.toString());

        assertThat(engine.log()).hasSize(2).last().isEqualTo(sentAt + " | A overdue-14 | " + A_REMINDER);
    }

    @ParameterizedTest(name = "[{index}] {0}, run at {1}: sent at {2}")
    @CsvSource(delimiter = '|', value = {
            // zone           | country | run at               | sent at
            "Europe/Berlin    | DE | 2026-10-27T07:30:00Z | 2026-10-27T08:00:00Z", // 08:30 CET: when the window opens
            "Europe/Berlin    | DE | 2026-10-27T12:00:00Z | 2026-10-27T12:00:00Z", // 13:00 CET: at once
            "Europe/Berlin    | DE | 2026-10-27T16:00:00Z | 2026-10-28T08:00:00Z", // 17:00 CET: the window has closed
            "America/New_York | US | 2026-10-27T12:00:00Z | 2026-10-27T13:00:00Z", // 08:00 EDT: not yet
            "America/New_York | US | 2026-10-27T20:30:00Z | 2026-10-27T20:30:00Z", // 16:30 EDT: at once
            "America/New_York | US | 2026-10-27T21:00:00Z | 2026-10-28T13:00:00Z", // 17:00 EDT: next morning
            "America/New_York | US | 2026-10-28T03:30:00Z | 2026-10-28T13:00:00Z", // 23:30 EDT on the 27th, already the 28th in UTC
    })
    void theWindowIsTheCustomersLocalTime(String zone, String country, Instant runAt, Instant sentAt) {
        // The due-today step of an invoice due on Tuesday 27 October, evaluated when a fact about it changed.
        ItemFacts facts = invoice("A", "2026-09-27", "2026-10-27", "500.00");
        Debtor debtor = debtor(zone, country, EVERY_CHANNEL);
        CustomerRun run = run(perCustomer());

        RunResult first = run.evaluate(debtor, List.of(item(facts, before("due-today"))), Set.of(key(facts)), List.of(), runAt);

        if (sentAt.equals(runAt)) {
            assertThat(reminders(first)).extracting(ReminderDue::scheduledFor).containsExactly(runAt);
        } else {
            assertThat(first.emissions()).isEmpty();
            assertThat(first.steps()).as("nothing is recorded before it is done").isEmpty();
            assertThat(first.nextEvaluation()).containsEntry(key(facts), Optional.of(sentAt));
            RunResult deferred = run.evaluate(debtor, List.of(item(facts, before("due-today"))), Set.of(key(facts)), List.of(),
                    sentAt);
            assertThat(reminders(deferred)).extracting(r -> r.step().stepName()).containsExactly("due-today");
        }
    }
}
