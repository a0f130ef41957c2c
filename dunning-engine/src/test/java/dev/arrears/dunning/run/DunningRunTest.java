package dev.arrears.dunning.run;

import dev.arrears.dunning.EngineTest;
import dev.arrears.dunning.Scenario;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.dunning.domain.policy.StepIds;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The engine end to end on real Kafka and PostgreSQL: invoice events in, the clock walked forward, the exact
 * reminders and escalations out on arrears.dunning.events through the outbox and Debezium.
 */
@QuarkusTest
class DunningRunTest extends EngineTest {

    @Test
    void remindsOnBusinessDaysInTheCustomersWindowAndStopsOnPayment() throws Throwable {
        scenario.at("2026-10-01T08:00:00Z");
        events.customer("C-1", "de", "Europe/Berlin", "DE", true);
        InvoiceIssued first = events.invoice("C-1", "INV-1", "2026-10-01", "2026-10-31", "1190.00");
        scenario.awaitOpen("C-1", "INV-1", "1190.00");

        scenario.run("2026-10-01T08:00:00Z");
        // The courtesy note falls on Sunday 4 October: it waits for Monday 09:00 in Berlin (summer time, UTC+2).
        scenario.run("2026-10-05T06:59:00Z");
        scenario.run("2026-10-05T07:00:00Z");
        // Saturday 24 October, seven days before due: Monday 26 October 09:00, now winter time (UTC+1).
        scenario.run("2026-10-26T07:59:00Z");
        scenario.run("2026-10-26T08:00:00Z");
        // Due on Saturday 31 October: Monday 2 November.
        scenario.run("2026-11-02T08:00:00Z");

        scenario.at("2026-11-10T09:00:00Z");
        InvoiceIssued second = events.invoice("C-1", "INV-2", "2026-11-10", "2026-12-10", "500.00");
        events.payInFull(first, "2026-11-10");
        scenario.awaitOpen("C-1", "INV-1", "0.00");
        scenario.awaitOpen("C-1", "INV-2", "500.00");
        scenario.run("2026-11-10T09:00:00Z");
        // +14 days for INV-1 would be Monday 16 November; it was paid, so only INV-2's courtesy note goes out.
        scenario.run("2026-11-16T08:00:00Z");

        List<ReminderDue> reminders = scenario.published("C-1", EventType.REMINDER_DUE, 4, ReminderDue.class);
        PolicyStep courtesy = new PolicyStep("default", 1, 0, "courtesy");
        assertThat(reminders).containsExactly(
                new ReminderDue(tenant, "C-1", reminderId(first, 0), courtesy, Tone.FRIENDLY, "courtesy", "de", List.of(Channel.EMAIL),
                        List.of(item(first, "2026-10-31", -26, "1190.00", 1)), List.of(), Instant.parse("2026-10-05T07:00:00Z")),
                new ReminderDue(tenant, "C-1", reminderId(first, 1), new PolicyStep("default", 1, 1, "due-in-7"), Tone.FRIENDLY,
                        "pre-due", "de", List.of(Channel.EMAIL), List.of(item(first, "2026-10-31", -5, "1190.00", 2)), List.of(),
                        Instant.parse("2026-10-26T08:00:00Z")),
                new ReminderDue(tenant, "C-1", reminderId(first, 2), new PolicyStep("default", 1, 2, "due-today"), Tone.FRIENDLY,
                        "due-today", "de", List.of(Channel.EMAIL, Channel.SMS), List.of(item(first, "2026-10-31", 2, "1190.00", 3)),
                        List.of(Money.of("1190.00", "EUR")), Instant.parse("2026-11-02T08:00:00Z")),
                new ReminderDue(tenant, "C-1", reminderId(second, 0), courtesy, Tone.FRIENDLY, "courtesy", "de", List.of(Channel.EMAIL),
                        List.of(item(second, "2026-12-10", -24, "500.00", 1)), List.of(), Instant.parse("2026-11-16T08:00:00Z")));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("arrears_dunning_events_total{type=\"ReminderDue\"}"))
                .body(containsString("arrears_dunning_customers_evaluated_total"));
        given().get("/api/v1/tenants/{t}/customers/C-1/audit?format=csv", tenant).then().statusCode(200)
                .body(containsString("STEP_EXECUTED")).body(containsString("SETTLED"))
                .body(containsString("REMINDER_EMITTED")).body(containsString(reminderId(first, 2)));

        // Replaying the whole topic changes no fact and sends nothing. A fresh fact afterwards shows the replay was read.
        events.replay();
        scenario.at("2026-11-16T08:30:00Z");
        events.customer("C-1", "de", "Europe/Berlin", "DE", true);
        await().atMost(Scenario.WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/customers/C-1/dunning", tenant)
                .then().statusCode(200).body("find { it.invoiceNumber == 'INV-2' }.nextEvaluationAt", is("2026-11-16T08:30:00Z")));
        scenario.run("2026-11-16T08:30:00Z");
        given().get("/api/v1/tenants/{t}/customers/C-1/receivables", tenant).then().statusCode(200)
                .body("find { it.invoiceNumber == 'INV-1' }.openAmount.amount", is("0.00"));
        assertThat(TestKafka.allRecords(Topics.DUNNING_EVENTS, r -> r.key().equals(tenant + ":C-1")
                && (EventType.REMINDER_DUE.type().equals(r.header("ce_type"))
                || EventType.DUNNING_LEVEL_CHANGED.type().equals(r.header("ce_type"))))).hasSize(8);
    }

    @Test
    void consolidatesOneCustomersItemsAndHandsLongOverdueOnesToACollector() throws Throwable {
        scenario.at("2026-10-20T06:00:00Z");
        events.customer("C-2", "fr", "Europe/Paris", "FR", false);
        InvoiceIssued older = events.invoice("C-2", "F-100", "2026-08-21", "2026-09-20", "1000.00");
        InvoiceIssued newer = events.invoice("C-2", "F-200", "2026-09-06", "2026-10-06", "200.00");
        scenario.awaitOpen("C-2", "F-100", "1000.00");
        scenario.awaitOpen("C-2", "F-200", "200.00");

        // Tuesday 20 October, 09:00 in Paris: F-100 is 30 days late, F-200 14 days: one reminder lists both, in the
        // firmer tone of the item further up its ladder; the earlier steps they overtook are not sent.
        scenario.run("2026-10-20T07:00:00Z");
        // Monday 9 November: F-100 is 50 days late (a collector calls), F-200 34 days (+30 reminder).
        scenario.run("2026-11-09T08:00:00Z");

        List<ReminderDue> reminders = scenario.published("C-2", EventType.REMINDER_DUE, 2, ReminderDue.class);
        assertThat(reminders.get(0)).isEqualTo(new ReminderDue(tenant, "C-2", reminderId(List.of(stepId(older, 4), stepId(newer, 3))),
                new PolicyStep("default", 1, 4, "overdue-30"), Tone.FIRM, "overdue-firm", "fr", List.of(Channel.EMAIL),
                List.of(item(older, "2026-09-20", 30, "1000.00", 5), item(newer, "2026-10-06", 14, "200.00", 4)),
                List.of(Money.of("1200.00", "EUR")), Instant.parse("2026-10-20T07:00:00Z")));
        assertThat(reminders.get(1)).isEqualTo(new ReminderDue(tenant, "C-2", reminderId(List.of(stepId(newer, 4))),
                new PolicyStep("default", 1, 4, "overdue-30"), Tone.FIRM, "overdue-firm", "fr", List.of(Channel.EMAIL),
                List.of(item(newer, "2026-10-06", 34, "200.00", 5), item(older, "2026-09-20", 50, "1000.00", 7)),
                List.of(Money.of("1200.00", "EUR")), Instant.parse("2026-11-09T08:00:00Z")));

        EscalationRaised call = scenario.published("C-2", EventType.ESCALATION_RAISED, 1, EscalationRaised.class).get(0);
        String callId = StepIds.derived(EscalationKind.CALL_TASK.name(), stepId(older, 6));
        // Three business days in France: Wednesday 11 November is Armistice Day, so the task is due Friday the 13th.
        assertThat(call).isEqualTo(new EscalationRaised(tenant, "C-2", callId, EscalationKind.CALL_TASK,
                new PolicyStep("default", 1, 6, "collector-call"), "step collector-call of policy default v1: 50 days overdue",
                List.of(item(older, "2026-09-20", 50, "1000.00", 7)), "collections", LocalDate.parse("2026-11-13")));
    }

    /** An invoice of one installment is dunned as a whole: no installment number. */
    private DunnedItem item(InvoiceIssued invoice, String due, int daysOverdue, String open, int level) {
        return new DunnedItem(invoice.invoiceId(), invoice.invoiceNumber(), null, LocalDate.parse(due), daysOverdue, Money.of(open, "EUR"),
                level);
    }

    private String stepId(InvoiceIssued invoice, int stepIndex) {
        return StepIds.derivedStep(tenant, invoice.invoiceId(), 1, "default", 1, stepIndex);
    }

    private String reminderId(InvoiceIssued invoice, int stepIndex) {
        return reminderId(List.of(stepId(invoice, stepIndex)));
    }

    private static String reminderId(List<String> stepIds) {
        return StepIds.derived(stepIds.stream().sorted().toArray(String[]::new));
    }
}
