package dev.arrears.dunning.rest;

import dev.arrears.dunning.EngineTest;
import dev.arrears.dunning.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.DunningLevelChanged;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.dunning.domain.policy.StepIds;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * What-if over HTTP on the real stack: exact timelines for a sample portfolio and for a customer fed through Kafka,
 * and proof that a what-if publishes and records nothing. Berlin is UTC+2 until 25 October 2026, UTC+1 after.
 */
@QuarkusTest
class WhatIfResourceTest extends EngineTest {

    private static final String WHAT_IF = "/api/v1/tenants/{t}/what-if";

    @Test
    void aPortfolioUnderTheDefaultPolicyStopsWhenItsInvoiceIsPaid() {
        whatIf("""
                {"portfolio": {"country": "DE", "timeZone": "Europe/Berlin", "language": "de", "items": [
                   {"invoiceNumber": "INV-1", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                    "amount": {"amount": "1190.00", "currency": "EUR"},
                    "payments": [{"on": "2026-11-20", "amount": {"amount": "1190.00", "currency": "EUR"}}]}]},
                 "to": "2027-03-31"}""")
                .statusCode(200)
                .body("policy.id", is("default")).body("policy.version", is(1)).body("policy.name", is("Recommended timeline"))
                // Sunday 4 October -> Monday 09:00 CEST; Saturday 24 October -> Monday 26th 09:00 CET; Saturday 31 October
                // -> Monday 2 November; Saturday 14 November -> Monday 16th. Paid on Friday the 20th: +30 never comes.
                .body("timeline.at", contains("2026-10-05T07:00:00Z", "2026-10-05T07:00:00Z", "2026-10-26T08:00:00Z",
                        "2026-10-26T08:00:00Z", "2026-11-02T08:00:00Z", "2026-11-02T08:00:00Z", "2026-11-16T08:00:00Z",
                        "2026-11-16T08:00:00Z"))
                .body("timeline.date", contains("2026-10-05", "2026-10-05", "2026-10-26", "2026-10-26", "2026-11-02", "2026-11-02",
                        "2026-11-16", "2026-11-16"))
                .body("timeline.kind", contains("LEVEL_CHANGE", "REMINDER", "LEVEL_CHANGE", "REMINDER", "LEVEL_CHANGE", "REMINDER",
                        "LEVEL_CHANGE", "REMINDER"))
                .body("timeline.event.step.stepName", contains("courtesy", "courtesy", "due-in-7", "due-in-7", "due-today", "due-today",
                        "overdue-14", "overdue-14"))
                // A sample customer is reachable everywhere: each reminder goes out on the channels the step plans.
                .body("timeline[5].event.channels", contains("EMAIL", "SMS"))
                .body("timeline[5].event.customerId", is("portfolio"))
                .body("timeline[5].event.items[0].invoiceNumber", is("INV-1"))
                .body("timeline[5].event.items[0].openAmount.amount", is("1190.00"))
                .body("timeline[5].event.totalsOverdue[0].amount", is("1190.00"));
    }

    @Test
    void aDraftPolicyChargesTheFeesTheEngineWould() {
        // The invoice, payment and policy of PolicyAndFeesTest, whose engine run charged exactly these fees.
        whatIf("""
                {"policy": %s,
                 "portfolio": {"country": "DE", "timeZone": "Europe/Berlin", "language": "de", "items": [
                   {"invoiceNumber": "INV-7", "issueDate": "2025-09-01", "dueDate": "2025-09-30",
                    "amount": {"amount": "1190.00", "currency": "EUR"},
                    "payments": [{"on": "2025-10-16", "amount": {"amount": "190.00", "currency": "EUR"}}]}]},
                 "from": "2025-09-01", "to": "2025-12-31"}""".formatted(STRICT_POLICY))
                .statusCode(200)
                .body("policy.id", is("draft")).body("policy.version", is(1)).body("policy.name", is("Strict B2B"))
                .body("timeline.at", contains("2025-10-01T07:00:00Z", "2025-10-01T07:00:00Z", "2025-10-01T07:00:00Z",
                        "2025-10-01T07:00:00Z", "2025-10-31T08:00:00Z", "2025-10-31T08:00:00Z", "2025-10-31T08:00:00Z"))
                .body("timeline.kind", contains("LEVEL_CHANGE", "LATE_FEE", "LATE_FEE", "REMINDER", "LEVEL_CHANGE", "LATE_FEE", "REMINDER"))
                .body("timeline.event.step.stepName", contains("overdue-1", "overdue-1", "overdue-1", "overdue-1", "overdue-31",
                        "overdue-31", "overdue-31"))
                .body("timeline.findAll { it.kind == 'LATE_FEE' }.event.kind",
                        contains("STATUTORY_COMPENSATION", "INTEREST", "INTEREST"))
                .body("timeline.findAll { it.kind == 'LATE_FEE' }.event.amount.amount", contains("40.00", "0.33", "9.08"))
                // After the payment of 16 October the final notice lists what remains.
                .body("timeline[6].event.items[0].openAmount.amount", is("1000.00"));
    }

    @Test
    void aCustomersHistoryIsReplayedWithoutPublishingOrRecordingAnything() throws Throwable {
        clock.set(Instant.parse("2026-10-01T08:00:00Z"));
        events.customer("C-1", "de", "Europe/Berlin", "DE", true);
        InvoiceIssued invoice = events.invoice("C-1", "INV-1", "2026-10-01", "2026-10-31", "1190.00");
        events.pay(invoice, "190.00", "1000.00", "2026-11-20");
        scenario.awaitOpen("C-1", "INV-1", "1000.00");

        List<String> at = List.of("2026-10-05T07:00:00Z", "2026-10-26T08:00:00Z", "2026-11-02T08:00:00Z", "2026-11-16T08:00:00Z",
                "2026-11-30T08:00:00Z");
        String body = whatIf("{\"customerId\": \"C-1\", \"to\": \"2026-12-01\"}")
                .statusCode(200)
                .body("policy.id", is("default")).body("policy.version", is(1))
                .body("timeline.at", contains(at.get(0), at.get(0), at.get(1), at.get(1), at.get(2), at.get(2), at.get(3), at.get(3),
                        at.get(4), at.get(4)))
                .body("timeline.kind", contains("LEVEL_CHANGE", "REMINDER", "LEVEL_CHANGE", "REMINDER", "LEVEL_CHANGE", "REMINDER",
                        "LEVEL_CHANGE", "REMINDER", "LEVEL_CHANGE", "REMINDER"))
                .extract().asString();
        List<ReminderDue> reminders = reminders(body);

        // The events are the engine's own, ids included; the reminder after the partial payment lists what remains.
        PolicyStep overdue30 = new PolicyStep("default", 1, 4, "overdue-30");
        assertThat(reminders).extracting(ReminderDue::reminderId).containsExactly(reminderId(invoice, 0), reminderId(invoice, 1),
                reminderId(invoice, 2), reminderId(invoice, 3), reminderId(invoice, 4));
        assertThat(reminders.get(4)).isEqualTo(new ReminderDue(tenant, "C-1", reminderId(invoice, 4), overdue30, Tone.FIRM, "overdue-firm",
                "de", List.of(Channel.EMAIL, Channel.SMS), List.of(new DunnedItem(invoice.invoiceId(), "INV-1", null,
                LocalDate.parse("2026-10-31"), 30, Money.of("1000.00", "EUR"), 5)), List.of(Money.of("1000.00", "EUR")),
                Instant.parse(at.get(4))));

        // Nothing was recorded: no step, no evidence.
        given().get("/api/v1/tenants/{t}/customers/{c}/audit", tenant, "C-1").then().statusCode(200).body("$", empty());

        // Nothing was published either. The engine's first real run for the customer, at 09:30 on 5 October, publishes on
        // the customer's partition after anything committed before it: its events must be the first there.
        scenario.run("2026-10-05T07:30:00Z");
        List<TestKafka.Received> first = TestKafka.awaitRecords(Topics.DUNNING_EVENTS, r -> r.key().equals(tenant + ":C-1"), 2, Scenario.WAIT);
        assertThat(first).extracting(r -> r.header("ce_type"))
                .containsExactly(EventType.DUNNING_LEVEL_CHANGED.type(), EventType.REMINDER_DUE.type());
        assertThat(Scenario.read(first.get(0).value(), DunningLevelChanged.class).changedAt()).isEqualTo(Instant.parse("2026-10-05T07:30:00Z"));
    }

    @Test
    void refusesWhatCannotBeReplayedAndSaysEverythingWrongAtOnce() {
        whatIf("""
                {"policy": {"name": "broken", "steps": [{"name": "", "anchor": "DUE_DATE", "offsetDays": 3, "actions": ["SEND_REMINDER"]}]},
                 "customerId": "C-1",
                 "portfolio": {"country": "Germany", "timeZone": "Europe/Bonn", "language": "", "items": [
                   {"invoiceNumber": "INV-1", "issueDate": "2026-10-01", "dueDate": "2026-09-30",
                    "amount": {"amount": "100.001", "currency": "EUR"}},
                   {"invoiceNumber": "INV-1", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                    "amount": {"amount": "100.00", "currency": "EUR"},
                    "payments": [{"on": "2026-09-01", "amount": {"amount": "60.00", "currency": "USD"}},
                                 {"on": "2026-10-10", "amount": {"amount": "150.00", "currency": "EUR"}}]},
                   {"invoiceNumber": "JP-1", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                    "amount": {"amount": "1000.5", "currency": "JPY"}}]},
                 "from": "2026-12-01", "to": "2026-11-01"}""")
                .statusCode(422).contentType("application/problem+json")
                .body("detail", allOf(
                        containsString("policy: steps[0].name is required"),
                        containsString("policy: steps[0] sends a reminder: it needs channels, a templateId and a tone"),
                        containsString("give either a customerId or a portfolio"),
                        containsString("from 2026-12-01 is after to 2026-11-01"),
                        containsString("portfolio.country: Expected an ISO 3166-1 alpha-2 country code such as DE or US, got 'Germany'"),
                        containsString("portfolio.timeZone 'Europe/Bonn' is not a time zone such as Europe/Berlin"),
                        containsString("portfolio.language is required"),
                        containsString("portfolio.items[0].dueDate is before its issueDate"),
                        containsString("portfolio.items[0].amount: amount 100.001 has more decimals than EUR allows (2)"),
                        containsString("portfolio.items[1].invoiceNumber INV-1 is listed twice"),
                        containsString("portfolio.items[1].payments[0].on is before the invoice was issued"),
                        containsString("portfolio.items[1].payments[0].amount is in USD, the invoice in EUR"),
                        containsString("portfolio.items[1].payments add up to more than its amount"),
                        containsString("portfolio.items[2].amount: amount 1000.5 has more decimals than JPY allows (0)")));
        whatIf("""
                {"policy": %s,
                 "portfolio": {"country": "DE", "timeZone": "Europe/Berlin", "language": "de", "items": [
                   {"invoiceNumber": "OLD-1", "issueDate": "2022-09-01", "dueDate": "2022-09-30",
                    "amount": {"amount": "1190.00", "currency": "EUR"}}]},
                 "to": "2022-12-31"}""".formatted(STRICT_POLICY))
                .statusCode(422).body("detail", is("the late fee cannot be computed: no EU reference rate before 2023-01-01, "
                        + "needed for 2022-10-01"));
        whatIf("{\"customerId\": \"C-1\", \"from\": \"2026-01-01\", \"to\": \"2028-01-02\"}")
                .statusCode(422).body("detail", is("from 2026-01-01 to 2028-01-02 is more than 2 years"));
        whatIf("{\"customerId\": \"C-1\"}").statusCode(422).body("detail", is("to is required"));
        whatIf("{\"customerId\": \"nobody\", \"to\": \"2026-12-31\"}").statusCode(404).contentType("application/problem+json")
                .body("detail", is("no customer nobody"));
        whatIf("{\"customerId\": \"C-1\", \"to\": \"2026-12-31\", \"form\": \"2026-01-01\"}").statusCode(400)
                .body("detail", containsString("form"));
    }

    @Test
    void theFirstIssueDateStartsTheReplayAndCountsTowardsItsLength() {
        clock.set(Instant.parse("2026-10-01T08:00:00Z"));
        events.invoice("C-2", "INV-2", "2026-10-01", "2026-10-31", "100.00");
        scenario.awaitOpen("C-2", "INV-2", "100.00");

        whatIf("{\"customerId\": \"C-2\", \"to\": \"2028-10-02\"}").statusCode(422)
                .body("detail", is("from 2026-10-01 to 2028-10-02 is more than 2 years (from defaults to the first issue date)"));
        // Its customer never arrived: dunned by email and letter, in UTC, until their master data does.
        whatIf("{\"customerId\": \"C-2\", \"to\": \"2026-10-05\"}").statusCode(200)
                .body("timeline.at", contains("2026-10-05T09:00:00Z", "2026-10-05T09:00:00Z"))
                .body("timeline[1].event.language", is("en"));
    }

    private ValidatableResponse whatIf(String body) {
        return given().contentType(ContentType.JSON).body(body).post(WHAT_IF, tenant).then();
    }

    /** The reminders of a timeline, read with the events' own JSON mapping. */
    private static List<ReminderDue> reminders(String body) throws Exception {
        List<ReminderDue> reminders = new ArrayList<>();
        for (JsonNode entry : ArrearsJson.mapper().readTree(body).get("timeline")) {
            if (entry.get("kind").asText().equals("REMINDER")) {
                reminders.add(ArrearsJson.mapper().treeToValue(entry.get("event"), ReminderDue.class));
            }
        }
        return reminders;
    }

    private String reminderId(InvoiceIssued invoice, int stepIndex) {
        return StepIds.derived(StepIds.derivedStep(tenant, invoice.invoiceId(), 1, "default", 1, stepIndex));
    }
}
