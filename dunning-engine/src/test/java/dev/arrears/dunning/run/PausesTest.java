package dev.arrears.dunning.run;

import dev.arrears.dunning.EngineTest;
import dev.arrears.dunning.Scenario;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.DunningResumed;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.ResumeReason;
import dev.arrears.contracts.invoice.DisputeOpened;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.PaymentPlanAgreed;
import dev.arrears.contracts.invoice.PromiseToPayMade;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/** Promises, holds, disputes and payment plans change what is dunned, and the changes are announced once. */
@QuarkusTest
class PausesTest extends EngineTest {

    @Test
    void aBrokenPromiseResumesDunningAndBringsTheNextStepForward() throws Throwable {
        scenario.at("2026-02-02T08:00:00Z");
        events.customer("C-P", "de", "Europe/Berlin", "DE", false);
        InvoiceIssued invoice = events.invoice("C-P", "INV-P", "2026-02-02", "2026-03-02", "1000.00");
        scenario.awaitOpen("C-P", "INV-P", "1000.00");
        scenario.run("2026-03-02T08:00:00Z");

        scenario.at("2026-03-03T10:00:00Z");
        events.publish(new PromiseToPayMade(tenant, "C-P", "promise-1", Money.of("1000.00", "EUR"), LocalDate.parse("2026-03-05"),
                List.of(invoice.invoiceId()), "customer-portal", Instant.parse("2026-03-03T10:00:00Z")));
        awaitNextEvaluation("C-P", "2026-03-03T10:00:00Z");
        scenario.run("2026-03-03T10:00:00Z");
        // Promised for Thursday 5 March, three days' grace: broken on Monday 9 March, when the +14 step is brought forward.
        scenario.run("2026-03-09T08:00:00Z");

        assertThat(scenario.published("C-P", EventType.DUNNING_PAUSED, 1, DunningPaused.class)).containsExactly(new DunningPaused(tenant, "C-P",
                "promise-1", invoice.invoiceId(), PauseReason.PROMISE_TO_PAY, "promised 1000 EUR by 2026-03-05",
                LocalDate.parse("2026-03-08"), Instant.parse("2026-03-03T10:00:00Z")));
        assertThat(scenario.published("C-P", EventType.DUNNING_RESUMED, 1, DunningResumed.class)).containsExactly(new DunningResumed(tenant, "C-P",
                "promise-1", invoice.invoiceId(), ResumeReason.PROMISE_BROKEN, "promised 1000 EUR by 2026-03-05",
                Instant.parse("2026-03-09T08:00:00Z")));
        List<ReminderDue> reminders = scenario.published("C-P", EventType.REMINDER_DUE, 2, ReminderDue.class);
        assertThat(reminders).extracting(r -> r.step().stepName()).containsExactly("due-today", "overdue-14");
        assertThat(reminders.get(1).scheduledFor()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(reminders.get(1).items()).containsExactly(new DunnedItem(invoice.invoiceId(), "INV-P", null,
                LocalDate.parse("2026-03-02"), 7, Money.of("1000.00", "EUR"), 4));
    }

    @Test
    void aManualHoldPausesUntilReleased() throws Throwable {
        scenario.at("2026-03-02T07:00:00Z");
        events.customer("C-H", "de", "Europe/Berlin", "DE", false);
        InvoiceIssued invoice = events.invoice("C-H", "INV-H", "2026-02-02", "2026-03-02", "500.00");
        scenario.awaitOpen("C-H", "INV-H", "500.00");
        String holdId = given().contentType(ContentType.JSON).body("{\"note\": \"insolvency review\"}")
                .post("/api/v1/tenants/{t}/customers/C-H/holds", tenant)
                .then().statusCode(201).body("reason", is("MANUAL_HOLD")).extract().path("holdId");
        given().contentType(ContentType.JSON).body("{\"reason\": \"PROMISE_TO_PAY\"}")
                .post("/api/v1/tenants/{t}/customers/C-H/holds", tenant)
                .then().statusCode(422).contentType("application/problem+json");

        scenario.run("2026-03-02T08:00:00Z");
        scenario.at("2026-03-04T08:00:00Z");
        given().delete("/api/v1/tenants/{t}/customers/C-H/holds/{h}", tenant, holdId).then().statusCode(204);
        given().delete("/api/v1/tenants/{t}/customers/C-H/holds/{h}", tenant, holdId).then().statusCode(404);
        scenario.run("2026-03-04T08:00:00Z");

        assertThat(scenario.published("C-H", EventType.DUNNING_PAUSED, 1, DunningPaused.class)).containsExactly(new DunningPaused(tenant, "C-H",
                holdId, invoice.invoiceId(), PauseReason.MANUAL_HOLD, "insolvency review", null, Instant.parse("2026-03-02T08:00:00Z")));
        assertThat(scenario.published("C-H", EventType.DUNNING_RESUMED, 1, DunningResumed.class)).containsExactly(new DunningResumed(tenant, "C-H",
                holdId, invoice.invoiceId(), ResumeReason.HOLD_RELEASED, "insolvency review", Instant.parse("2026-03-04T08:00:00Z")));
        ReminderDue reminder = scenario.published("C-H", EventType.REMINDER_DUE, 1, ReminderDue.class).get(0);
        assertThat(reminder.scheduledFor()).as("nothing was sent while held").isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
        assertThat(reminder.step().stepName()).isEqualTo("due-today");
        given().get("/api/v1/tenants/{t}/customers/C-H/audit?format=csv", tenant).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("HOLD_PLACED"))
                .body(org.hamcrest.Matchers.containsString("HOLD_RELEASED"));
    }

    @Test
    void aDisputeHoldsBackOnlyTheDisputedAmount() throws Throwable {
        scenario.at("2026-03-01T08:00:00Z");
        events.customer("C-D", "de", "Europe/Berlin", "DE", false);
        InvoiceIssued invoice = events.invoice("C-D", "INV-D", "2026-02-02", "2026-03-02", "1000.00");
        events.publish(new DisputeOpened(tenant, "C-D", "dispute-1", invoice.invoiceId(), "INV-D", Money.of("400.00", "EUR"),
                "two pallets damaged", null, Instant.parse("2026-03-01T08:00:00Z")));
        scenario.awaitOpen("C-D", "INV-D", "1000.00");
        awaitNextEvaluation("C-D", "2026-03-01T08:00:00Z");
        scenario.run("2026-03-02T08:00:00Z");

        ReminderDue reminder = scenario.published("C-D", EventType.REMINDER_DUE, 1, ReminderDue.class).get(0);
        assertThat(reminder.items()).extracting(DunnedItem::openAmount).containsExactly(Money.of("600.00", "EUR"));
    }

    @Test
    void aPaymentPlanIsDunnedPerInstallmentInsteadOfTheInvoice() throws Throwable {
        scenario.at("2026-02-10T08:00:00Z");
        events.customer("C-L", "de", "Europe/Berlin", "DE", false);
        InvoiceIssued invoice = events.invoice("C-L", "INV-L", "2026-01-05", "2026-02-04", "900.00");
        events.publish(new PaymentPlanAgreed(tenant, "C-L", "plan-1", List.of(invoice.invoiceId()), Money.of("900.00", "EUR"),
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse("2026-03-02"), Money.of("300.00", "EUR")),
                        new InvoiceIssued.Installment(2, LocalDate.parse("2026-04-01"), Money.of("300.00", "EUR")),
                        new InvoiceIssued.Installment(3, LocalDate.parse("2026-05-01"), Money.of("300.00", "EUR"))),
                Instant.parse("2026-02-10T08:00:00Z")));
        scenario.awaitOpen("C-L", "INV-L", "900.00");
        await().atMost(Scenario.WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/customers/C-L/dunning", tenant)
                .then().statusCode(200).body("invoiceId", org.hamcrest.Matchers.contains(
                        invoice.invoiceId(), "plan:plan-1", "plan:plan-1", "plan:plan-1")));
        scenario.run("2026-02-10T08:00:00Z");
        scenario.run("2026-03-02T08:00:00Z");
        scenario.at("2026-03-03T08:00:00Z");
        events.pay(invoice, "300.00", "600.00", "2026-03-03");
        scenario.awaitOpen("C-L", "INV-L", "600.00");
        scenario.run("2026-03-16T08:00:00Z");
        // Wednesday 25 March, a week before the second installment.
        scenario.run("2026-03-25T08:00:00Z");

        DunningPaused paused = scenario.published("C-L", EventType.DUNNING_PAUSED, 1, DunningPaused.class).get(0);
        assertThat(paused.reason()).isEqualTo(PauseReason.PAYMENT_PLAN);
        assertThat(paused.invoiceId()).isEqualTo(invoice.invoiceId());
        List<ReminderDue> reminders = scenario.published("C-L", EventType.REMINDER_DUE, 2, ReminderDue.class);
        assertThat(reminders.get(0).items()).extracting(DunnedItem::invoiceId, DunnedItem::installmentNumber, DunnedItem::openAmount,
                        DunnedItem::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("plan:plan-1", 1, Money.of("300.00", "EUR"), 3),
                        org.assertj.core.groups.Tuple.tuple("plan:plan-1", 2, Money.of("300.00", "EUR"), 1),
                        org.assertj.core.groups.Tuple.tuple("plan:plan-1", 3, Money.of("300.00", "EUR"), 1));
        assertThat(reminders.get(1).scheduledFor()).isEqualTo(Instant.parse("2026-03-25T08:00:00Z"));
        assertThat(reminders.get(1).items()).extracting(DunnedItem::invoiceId, DunnedItem::installmentNumber, DunnedItem::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plan:plan-1", 2, 2));
        assertThat(TestKafka.allRecords(Topics.DUNNING_EVENTS, r -> r.key().equals(tenant + ":C-L")
                && EventType.REMINDER_DUE.type().equals(r.header("ce_type")))).as("the paid installment got no +14 reminder").hasSize(2);
    }

    /** The engine recorded the latest fact: the customer's items were made due at that instant. */
    private void awaitNextEvaluation(String customer, String at) {
        await().atMost(Scenario.WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/customers/{c}/dunning", tenant, customer)
                .then().statusCode(200).body("[0].nextEvaluationAt", is(at)));
    }
}
