package dev.arrears.dunning.run;

import dev.arrears.dunning.EngineTest;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.dunning.ReminderDue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Collectors work call tasks from a scored worklist; what they report feeds straight back into dunning. */
@QuarkusTest
class WorklistTest extends EngineTest {

    @Test
    void aCollectorsCallEndsInAPromiseThatPausesDunning() throws Throwable {
        scenario.at("2026-11-09T07:00:00Z");
        events.customer("C-W", "fr", "Europe/Paris", "FR", false);
        events.invoice("C-W", "F-1", "2026-08-21", "2026-09-20", "1000.00");
        scenario.awaitOpen("C-W", "F-1", "1000.00");
        // Monday 9 November, 50 days late: the default ladder hands the account to a collector.
        scenario.run("2026-11-09T08:00:00Z");

        EscalationRaised call = scenario.first("C-W", EventType.ESCALATION_RAISED, EscalationRaised.class);
        assertThat(call.kind()).isEqualTo(EscalationKind.CALL_TASK);
        given().get("/api/v1/tenants/{t}/call-tasks?team=collections", tenant).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].taskId", is(call.escalationId()))
                .body("[0].dueDate", is("2026-11-13"))
                .body("[0].items[0].invoiceNumber", is("F-1"));
        given().get("/api/v1/tenants/{t}/worklist", tenant).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].customerId", is("C-W"))
                .body("[0].maxDaysOverdue", is(50))
                .body("[0].openTasks", is(1))
                .body("[0].overdue[0].amount", is("1000.00"))
                // ln(1 + 1000) x (1 + 50/30) x MEDIUM 1.0 = 6.9088 x 2.6667
                .body("[0].score", is(18.42f));

        given().contentType(ContentType.JSON).body("{\"assignee\": \"marie\"}")
                .put("/api/v1/tenants/{t}/call-tasks/{id}/assignee", tenant, call.escalationId())
                .then().statusCode(200).body("assignee", is("marie"));
        given().contentType(ContentType.JSON).body("{\"outcome\": \"NO_ANSWER\"}")
                .post("/api/v1/tenants/{t}/call-tasks/{id}/outcome", tenant, call.escalationId())
                .then().statusCode(200).body("status", is("DONE")).body("outcome", is("NO_ANSWER"));
        String retry = given().get("/api/v1/tenants/{t}/call-tasks?assignee=marie", tenant).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].dueDate", is("2026-11-10")).extract().path("[0].taskId");

        given().contentType(ContentType.JSON).body("{\"outcome\": \"PROMISE_TO_PAY\"}")
                .post("/api/v1/tenants/{t}/call-tasks/{id}/outcome", tenant, retry)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("promisedDate is required"))
                .body("detail", containsString("promisedAmount is required"));
        given().contentType(ContentType.JSON)
                .body("{\"outcome\": \"PROMISE_TO_PAY\", \"promisedDate\": \"2026-11-20\", "
                        + "\"promisedAmount\": {\"amount\": \"1000.00\", \"currency\": \"EUR\"}, \"note\": \"pays after month-end run\"}")
                .post("/api/v1/tenants/{t}/call-tasks/{id}/outcome", tenant, retry)
                .then().statusCode(200).body("outcome", is("PROMISE_TO_PAY"));
        scenario.run("2026-11-09T08:05:00Z");

        DunningPaused paused = scenario.first("C-W", EventType.DUNNING_PAUSED, DunningPaused.class);
        assertThat(paused.reason()).isEqualTo(PauseReason.PROMISE_TO_PAY);
        assertThat(paused.pauseId()).isEqualTo("call-" + retry);
        assertThat(paused.until()).isEqualTo(LocalDate.parse("2026-11-23"));
        given().get("/api/v1/tenants/{t}/customers/C-W/audit?format=csv", tenant).then().statusCode(200)
                .body(containsString("CALL_TASK_OUTCOME")).body(containsString("PROMISE_TO_PAY - pays after month-end run"));
    }

    @Test
    void aWrongNumberMakesLaterRemindersFallBackToOtherChannels() throws Throwable {
        given().contentType(ContentType.JSON).body("""
                        {"name": "call first", "steps": [
                          {"name": "call", "anchor": "DUE_DATE", "offsetDays": 1, "tone": "FIRM", "actions": ["CREATE_CALL_TASK"],
                           "callTeam": "inside-sales", "taskDueInDays": 1},
                          {"name": "text", "anchor": "DUE_DATE", "offsetDays": 5, "channels": ["SMS", "EMAIL"], "templateId": "overdue",
                           "tone": "FIRM", "actions": ["SEND_REMINDER"]}]}""")
                .post("/api/v1/tenants/{t}/policies/call-first/versions", tenant).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"policyId\": \"call-first\"}")
                .put("/api/v1/tenants/{t}/customers/C-X/policy", tenant).then().statusCode(200);
        scenario.at("2026-11-02T07:00:00Z");
        events.customer("C-X", "de", "Europe/Berlin", "DE", true);
        events.invoice("C-X", "INV-X", "2026-10-01", "2026-11-01", "250.00");
        scenario.awaitOpen("C-X", "INV-X", "250.00");
        scenario.run("2026-11-02T08:00:00Z");
        String task = given().get("/api/v1/tenants/{t}/call-tasks?team=inside-sales", tenant).then().statusCode(200)
                .body("$", hasSize(1)).extract().path("[0].taskId");
        given().contentType(ContentType.JSON).body("{\"outcome\": \"WRONG_CONTACT\", \"note\": \"number belongs to a bakery\"}")
                .post("/api/v1/tenants/{t}/call-tasks/{id}/outcome", tenant, task).then().statusCode(200);
        // Friday 6 November: the text step, now by email only.
        scenario.run("2026-11-06T08:00:00Z");

        ReminderDue reminder = scenario.first("C-X", EventType.REMINDER_DUE, ReminderDue.class);
        assertThat(reminder.step().policyId()).isEqualTo("call-first");
        assertThat(reminder.channels()).containsExactly(Channel.EMAIL);
    }
}
