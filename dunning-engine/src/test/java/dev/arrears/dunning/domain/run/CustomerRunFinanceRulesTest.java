package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.dunning.domain.policy.ItemFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static dev.arrears.dunning.domain.run.Runs.at;
import static dev.arrears.dunning.domain.run.Runs.before;
import static dev.arrears.dunning.domain.run.Runs.berlin;
import static dev.arrears.dunning.domain.run.Runs.dueDateFor;
import static dev.arrears.dunning.domain.run.Runs.instants;
import static dev.arrears.dunning.domain.run.Runs.invoice;
import static dev.arrears.dunning.domain.run.Runs.item;
import static dev.arrears.dunning.domain.run.Runs.key;
import static dev.arrears.dunning.domain.run.Runs.paidDownTo;
import static dev.arrears.dunning.domain.run.Runs.perCustomer;
import static dev.arrears.dunning.domain.run.Runs.reminders;
import static dev.arrears.dunning.domain.run.Runs.run;
import static dev.arrears.dunning.domain.run.Runs.settings;
import static dev.arrears.dunning.domain.run.Runs.tenAm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules a finance team relies on that only show in corner cases: a broken promise still escalates when the window
 * opens, the agency's items stay out of our reminders, the contact cap holds per invoice too, and the message cap
 * never delays a collector's call.
 */
class CustomerRunFinanceRulesTest {

    @Test
    void aBrokenPromiseIsStillBrokenWhenTheWindowOpens() {
        Pause promise = new Pause("promise-1", PauseReason.PROMISE_TO_PAY, LocalDate.parse("2026-03-08"), null);
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(invoice("A", "2026-02-02", "2026-03-02", "1190.00"), before("overdue-14"), "2026-03-02T10:00:00Z")
                .runUntil("2026-03-03T09:59:59Z")
                .pause("A", promise, "2026-03-03T10:00:00Z")
                .runUntil("2026-03-09T05:29:59Z")
                // The night's bank statement brings part of the promised amount: a fact change, run at once.
                .change("A", a -> paidDownTo(a, "690.00"), "2026-03-09T05:30:00Z")
                .runUntil("2026-03-16T23:59:59Z");

        assertThat(engine.log()).containsExactly(
                "2026-03-02T10:00:00Z | - | -",
                "2026-03-03T10:00:00Z | - | DunningPaused",
                // 06:30 CET: the promise is broken, but the window opens at 09:00: resumed and escalated then, together
                "2026-03-09T05:30:00Z | - | -",
                "2026-03-09T08:00:00Z | A overdue-14 | DunningResumed DunningLevelChanged ReminderDue");
    }

    @Test
    void anItemWithTheAgencyIsNotListedInRemindersAboutOtherInvoices() {
        LocalDate july1 = LocalDate.parse("2026-07-01");
        ItemFacts withAgency = invoice("D", dueDateFor("agency-handoff", LocalDate.parse("2026-06-15")), "400.00");
        ItemFacts e = invoice("E", dueDateFor("overdue-14", july1), "250.00");
        Set<Integer> wholeLadder = Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8);

        RunResult result = run(perCustomer()).evaluate(berlin(), List.of(item(withAgency, wholeLadder), item(e, before("overdue-14"))),
                Set.of(key(e)), List.of(), tenAm(july1, ZoneId.of("Europe/Berlin")));

        assertThat(reminders(result)).hasSize(1).flatExtracting(ReminderDue::items)
                .extracting(DunnedItem::invoiceNumber).containsExactly("E");
    }

    @Test
    void perInvoiceRemindersKeepToTheContactCap() {
        LocalDate thursday = LocalDate.parse("2026-06-04");
        List<RunItem> items = List.of(item(invoice("A", thursday, "100.00"), before("due-today")),
                item(invoice("B", thursday, "200.00"), before("due-today")), item(invoice("C", thursday, "300.00"), before("due-today")));

        RunResult result = run(settings(RunSettings.Consolidation.PER_INVOICE)).evaluate(berlin(), items,
                Set.copyOf(items.stream().map(RunItem::key).toList()), instants("2026-06-01T10:00:00Z 2026-06-02T10:00:00Z"),
                at("2026-06-04T07:00:00Z"));

        assertThat(reminders(result)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aCollectorsCallIsNotHeldBackByTheMessageCap() {
        SimulatedEngine engine = new SimulatedEngine(perCustomer(), berlin())
                .add(invoice("A", dueDateFor("collector-call", LocalDate.parse("2026-06-04")), "2000.00"), before("collector-call"),
                        "2026-06-01T07:00:00Z")
                .add(invoice("B", LocalDate.parse("2026-06-01"), "100.00"), before("due-today"), "2026-06-01T07:00:00Z")
                .add(invoice("C", LocalDate.parse("2026-06-02"), "100.00"), before("due-today"), "2026-06-02T07:00:00Z")
                .add(invoice("D", LocalDate.parse("2026-06-03"), "100.00"), before("due-today"), "2026-06-03T07:00:00Z")
                .runUntil("2026-06-05T00:00:00Z");

        assertThat(engine.log()).containsExactly(
                "2026-06-01T07:00:00Z | B due-today | DunningLevelChanged ReminderDue",
                "2026-06-02T07:00:00Z | C due-today | DunningLevelChanged ReminderDue",
                "2026-06-03T07:00:00Z | D due-today | DunningLevelChanged ReminderDue",
                "2026-06-04T07:00:00Z | A collector-call | DunningLevelChanged EscalationRaised");
    }
}
