package dev.arrears.invoice.messaging;

import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.invoice.support.Ledger;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Late fees from arrears.dunning.events: recorded once per fee id, shown on the invoice, dead-lettered when unbookable. */
@QuarkusTest
class DunningEventsConsumerTest {

    private static final PolicyStep STEP = new PolicyStep("default", 1, 4, "overdue-30");
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.DUNNING_EVENTS, "invoice-service");

    private final Ledger ledger = new Ledger();

    @Test
    void recordsAFeePublishedTwiceOnceAndShowsItBesideTheUnchangedOpenAmount() throws Exception {
        ledger.customer("C-1");
        String invoiceId = ledger.invoice("C-1", "INV-1", "1190.00", "EUR", "2026-10-31");
        LateFeeAssessed interest = new LateFeeAssessed(ledger.tenant(), "C-1", UUID.randomUUID().toString(), invoiceId, "INV-1",
                1, FeeKind.INTEREST, Money.of("9.93", "EUR"),
                "10.15% p.a. on 1190.00 EUR from 2026-11-01 to 2026-11-30 (30 days, actual/365)",
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), STEP, Instant.parse("2026-11-30T08:00:00Z"));
        LateFeeAssessed fixed = fee("C-1", invoiceId, "INV-1", Money.of("5.00", "EUR"));
        String etag = ledger.api().get("/api/v1/invoices/{id}", invoiceId).then().statusCode(200)
                .body("fees", hasSize(0)).extract().header("ETag");

        // The second delivery has a new event id, as a re-run of the dunning step would: the fee id decides.
        publish(interest);
        publish(interest);
        publish(fixed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ledger.api().get("/api/v1/invoices/{id}", invoiceId)
                .then().statusCode(200).body("fees.feeId", contains(interest.feeId(), fixed.feeId())));
        ledger.api().get("/api/v1/invoices/{id}", invoiceId).then()
                .header("ETag", is(etag))
                .body("openAmount.amount", is("1190.00"))
                .body("status", is("OPEN"))
                .body("feesTotal.amount", is("14.93"))
                .body("feesTotal.currency", is("EUR"))
                .body("fees[0].kind", is("INTEREST"))
                .body("fees[0].amount.amount", is("9.93"))
                .body("fees[0].basis", is(interest.basis()))
                .body("fees[0].periodStart", is("2026-11-01"))
                .body("fees[0].periodEnd", is("2026-11-30"))
                .body("fees[0].assessedAt", is("2026-11-30T08:00:00Z"))
                .body("fees[1].kind", is("FIXED"))
                .body("fees[1].periodStart", nullValue());
        given().get("/api/v1/tenants/{tenant}/invoices/{id}/fees", ledger.tenant(), invoiceId).then().statusCode(200)
                .body("invoiceId", is(invoiceId))
                .body("fees", hasSize(2))
                .body("feesTotal.amount", is("14.93"));
        ledger.api().queryParam("customerId", "C-1").get("/api/v1/invoices").then().statusCode(200)
                .body("items[0].feesTotal.amount", is("14.93"));
    }

    @Test
    void deadLettersFeesThisLedgerCannotBookWithTheReason() throws Exception {
        ledger.customer("C-2");
        String invoiceId = ledger.invoice("C-2", "INV-2", "100.00", "EUR", "2026-10-31");
        LateFeeAssessed unknownInvoice = fee("C-2", "no-such-invoice", "INV-404", Money.of("40.00", "EUR"));
        LateFeeAssessed otherCurrency = fee("C-2", invoiceId, "INV-2", Money.of("40.00", "USD"));
        String ignored = UUID.randomUUID().toString();
        // Not a fee and not even valid: other consumers of the topic judge it, this one skips it.
        TestKafka.send(Topics.DUNNING_EVENTS, ledger.tenant() + ":C-2", Map.of("ce_id", ignored,
                "ce_type", EventType.REMINDER_DUE.type(), "ce_source", "/arrears/dunning-engine", "ce_specversion", "1.0"), "{}");

        publish(unknownInvoice);
        publish(otherCurrency);

        // One key, one partition, one dead-letter partition: the skipped record would have come first.
        TestKafka.Received first = TestKafka.awaitRecord(DEAD_LETTERS,
                r -> r.key().equals(ledger.tenant() + ":C-2"), Duration.ofSeconds(30));
        assertThat(first.header("dead-letter-reason"))
                .isEqualTo("invoice no-such-invoice of late fee " + unknownInvoice.feeId() + " not found");
        assertThat(first.value()).contains(unknownInvoice.feeId());
        TestKafka.Received currency = TestKafka.awaitRecord(DEAD_LETTERS,
                r -> r.value().contains(otherCurrency.feeId()), Duration.ofSeconds(30));
        assertThat(currency.header("dead-letter-reason"))
                .isEqualTo("late fee " + otherCurrency.feeId() + " is in USD but invoice INV-2 is in EUR");
        ledger.api().get("/api/v1/invoices/{id}", invoiceId).then().statusCode(200)
                .body("fees", hasSize(0))
                .body("feesTotal.amount", is("0.00"));
    }

    private LateFeeAssessed fee(String customer, String invoiceId, String invoiceNumber, Money amount) {
        return new LateFeeAssessed(ledger.tenant(), customer, UUID.randomUUID().toString(), invoiceId, invoiceNumber, null,
                FeeKind.FIXED, amount, "fixed fee of the overdue-30 step", null, null, STEP, Instant.parse("2026-11-30T08:00:01Z"));
    }

    private static void publish(LateFeeAssessed fee) throws Exception {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.LATE_FEE_ASSESSED,
                "/arrears/dunning-engine", fee.assessedAt(), "invoice/" + fee.invoiceId(), fee);
        TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(), ArrearsJson.mapper().writeValueAsString(fee));
    }
}
