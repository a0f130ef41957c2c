package dev.arrears.dunning.run;

import dev.arrears.dunning.EngineTest;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.dunning.domain.policy.StepIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Policies through the REST API, assigned by segment, charging statutory late fees exactly once per step. */
@QuarkusTest
class PolicyAndFeesTest extends EngineTest {

    @Test
    void refusesAPolicyThatCannotWorkAndSaysWhy() {
        given().contentType(ContentType.JSON).body("""
                        {"name": "broken", "lateFee": {"kind": "STATUTORY", "jurisdiction": "XX"},
                         "steps": [{"name": "", "anchor": "DUE_DATE", "offsetDays": 3, "actions": ["SEND_REMINDER"]}]}""")
                .post("/api/v1/tenants/{t}/policies/broken/versions", tenant)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("steps[0].name is required"))
                .body("detail", containsString("steps[0] sends a reminder: it needs channels, a templateId and a tone"))
                .body("detail", containsString("lateFee: "));
        given().contentType(ContentType.JSON).body("{\"rules\": [{\"policyId\": \"nowhere\"}]}")
                .put("/api/v1/tenants/{t}/policy-assignment", tenant)
                .then().statusCode(422).body("detail", is("no policy nowhere"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"stepz\": []}")
                .post("/api/v1/tenants/{t}/policies/typo/versions", tenant)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("stepz"));
        given().get("/api/v1/tenants/{t}/policies/broken", tenant).then().statusCode(404);
    }

    @Test
    void versionsPoliciesAndAssignsThemBySegment() {
        createStrict();
        createStrict();
        given().get("/api/v1/tenants/{t}/policies/strict", tenant).then().statusCode(200).body("version", is(2));
        given().get("/api/v1/tenants/{t}/policies/strict/versions/1", tenant).then().statusCode(200).body("name", is("Strict B2B"));
        given().get("/api/v1/tenants/{t}/policies", tenant).then().statusCode(200)
                .body("id", contains("default", "strict", "strict")).body("version", contains(1, 1, 2));
    }

    @Test
    void chargesStatutoryCompensationOnceAndInterestOnWhatRemainsAfterPartialPayments() throws Throwable {
        createStrict();
        given().contentType(ContentType.JSON).body("{\"rules\": [{\"policyId\": \"strict\", \"countries\": [\"DE\"]}]}")
                .put("/api/v1/tenants/{t}/policy-assignment", tenant).then().statusCode(200);

        scenario.at("2025-09-01T08:00:00Z");
        events.customer("C-7", "de", "Europe/Berlin", "DE", false);
        InvoiceIssued invoice = events.invoice("C-7", "INV-7", "2025-09-01", "2025-09-30", "1190.00");
        scenario.awaitOpen("C-7", "INV-7", "1190.00");

        // Wednesday 1 October 2025, 09:00 in Berlin: one day late. ECB rate 2.15% + 8 points = 10.15% a year.
        scenario.run("2025-10-01T07:00:00Z");
        scenario.run("2025-10-01T07:00:00Z");
        scenario.at("2025-10-16T09:00:00Z");
        events.pay(invoice, "190.00", "1000.00", "2025-10-16");
        scenario.awaitOpen("C-7", "INV-7", "1000.00");
        // Friday 31 October, 09:00 in Berlin (winter time): interest on 1190.00 for 2-15 October and on 1000.00 for 16-31 October.
        scenario.run("2025-10-31T08:00:00Z");

        List<LateFeeAssessed> fees = scenario.published("C-7", EventType.LATE_FEE_ASSESSED, 3, LateFeeAssessed.class);
        PolicyStep first = new PolicyStep("strict", 1, 0, "overdue-1");
        PolicyStep second = new PolicyStep("strict", 1, 1, "overdue-31");
        String firstStep = StepIds.derivedStep(tenant, invoice.invoiceId(), 1, "strict", 1, 0);
        String secondStep = StepIds.derivedStep(tenant, invoice.invoiceId(), 1, "strict", 1, 1);
        assertThat(fees).extracting(LateFeeAssessed::feeId, LateFeeAssessed::kind, LateFeeAssessed::amount, LateFeeAssessed::periodStart,
                        LateFeeAssessed::periodEnd, LateFeeAssessed::step, LateFeeAssessed::assessedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StepIds.derived("fee", firstStep, "STATUTORY_COMPENSATION"),
                                FeeKind.STATUTORY_COMPENSATION, Money.of("40.00", "EUR"), null, null, first,
                                Instant.parse("2025-10-01T07:00:00Z")),
                        // 1190.00 x 10.15% / 365 for one day = 0.3309
                        org.assertj.core.groups.Tuple.tuple(StepIds.derived("fee", firstStep, "INTEREST"), FeeKind.INTEREST,
                                Money.of("0.33", "EUR"), LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-01"), first,
                                Instant.parse("2025-10-01T07:00:00Z")),
                        // (1190.00 x 14 days + 1000.00 x 16 days) x 10.15% / 365 = 9.0821
                        org.assertj.core.groups.Tuple.tuple(StepIds.derived("fee", secondStep, "INTEREST"), FeeKind.INTEREST,
                                Money.of("9.08", "EUR"), LocalDate.parse("2025-10-02"), LocalDate.parse("2025-10-31"), second,
                                Instant.parse("2025-10-31T08:00:00Z")));
        assertThat(fees.get(2).basis()).contains("10.15%");

        ReminderDue reminder = scenario.first("C-7", EventType.REMINDER_DUE, ReminderDue.class);
        assertThat(reminder.step()).isEqualTo(first);
    }

    @Test
    void itemsKeepThePolicyVersionTheyStartedWithUntilMigratedAndKeepTheirLevel() throws Throwable {
        String v1 = """
                {"name": "two steps", "steps": [
                  {"name": "first", "anchor": "DUE_DATE", "offsetDays": 1, "channels": ["EMAIL"], "templateId": "t1", "tone": "FRIENDLY",
                   "actions": ["SEND_REMINDER"]},
                  {"name": "second", "anchor": "DUE_DATE", "offsetDays": 20, "channels": ["EMAIL"], "templateId": "t2", "tone": "FIRM",
                   "actions": ["SEND_REMINDER"]}]}""";
        given().contentType(ContentType.JSON).body(v1).post("/api/v1/tenants/{t}/policies/short/versions", tenant).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"policyId\": \"short\"}").put("/api/v1/tenants/{t}/customers/C-M/policy", tenant)
                .then().statusCode(200);
        scenario.at("2026-06-01T06:00:00Z");
        events.customer("C-M", "de", "Europe/Berlin", "DE", false);
        events.invoice("C-M", "INV-M1", "2026-05-01", "2026-05-29", "100.00");
        scenario.awaitOpen("C-M", "INV-M1", "100.00");
        // Monday 1 June: step "first" of version 1.
        scenario.run("2026-06-01T07:00:00Z");
        // Version 2 moves the second step earlier; INV-M1 stays on version 1 until migrated, a new invoice starts on version 2.
        given().contentType(ContentType.JSON).body(v1.replace("\"offsetDays\": 20", "\"offsetDays\": 10").replace("two steps", "sooner"))
                .post("/api/v1/tenants/{t}/policies/short/versions", tenant).then().statusCode(201).body("version", is(2));
        scenario.at("2026-06-02T07:00:00Z");
        events.invoice("C-M", "INV-M2", "2026-05-02", "2026-05-30", "50.00");
        scenario.awaitOpen("C-M", "INV-M2", "50.00");
        scenario.run("2026-06-02T07:00:00Z");
        given().get("/api/v1/tenants/{t}/customers/C-M/dunning", tenant).then().statusCode(200)
                .body("find { it.invoiceNumber == 'INV-M1' }.policyVersion", is(1))
                .body("find { it.invoiceNumber == 'INV-M2' }.policyVersion", is(2));

        given().contentType(ContentType.JSON).body("{\"customerIds\": [\"C-M\"]}")
                .post("/api/v1/tenants/{t}/policies/short/migrations", tenant)
                .then().statusCode(200).body("toVersion", is(2)).body("itemsMigrated", is(1));
        given().get("/api/v1/tenants/{t}/customers/C-M/dunning", tenant).then().statusCode(200)
                .body("find { it.invoiceNumber == 'INV-M1' }.policyVersion", is(2))
                .body("find { it.invoiceNumber == 'INV-M1' }.level", is(1));
        // Thursday 8 June = due + 10 for INV-M1 under version 2; its "first" step is not sent again.
        scenario.run("2026-06-08T07:00:00Z");
        List<ReminderDue> reminders = scenario.published("C-M", EventType.REMINDER_DUE, 3, ReminderDue.class);
        assertThat(reminders).extracting(r -> r.step().policyVersion() + ":" + r.step().stepName() + ":" + r.items().get(0).invoiceNumber())
                .containsExactly("1:first:INV-M1", "2:first:INV-M2", "2:second:INV-M1");
    }

    private void createStrict() {
        given().contentType(ContentType.JSON).body(STRICT_POLICY).post("/api/v1/tenants/{t}/policies/strict/versions", tenant)
                .then().statusCode(201).body("id", is("strict"));
    }
}
