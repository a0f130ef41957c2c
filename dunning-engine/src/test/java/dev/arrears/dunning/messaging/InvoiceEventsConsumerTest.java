package dev.arrears.dunning.messaging;

import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.InvoiceVoided;
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.contracts.invoice.PaymentReversed;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class InvoiceEventsConsumerTest {

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void tracksAnIssuedInvoiceOnceEvenWhenRedelivered() throws Exception {
        InvoiceIssued issued = issued("C-1", "INV-1", "1190.00");
        EventEnvelope envelope = envelope(issued);

        publish(envelope);
        publish(envelope);
        publish(envelope(issued("C-1", "INV-2", "10.50")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> receivablesOf("C-1").body("$", hasSize(2)));
        receivablesOf("C-1")
                .body("[0].invoiceNumber", is("INV-1"))
                .body("[0].openAmount.amount", is("1190.00"))
                .body("[0].openAmount.currency", is("EUR"))
                .body("[0].dueDate", is("2026-10-31"))
                .body("[1].invoiceNumber", is("INV-2"));
    }

    @Test
    void deadLettersARecordThatBreaksItsSchemaAndKeepsConsuming() throws Exception {
        InvoiceIssued issued = issued("C-2", "INV-3", "5.00");
        EventEnvelope envelope = envelope(issued);
        String broken = ArrearsJson.mapper().writeValueAsString(issued).replace("\"5.00\"", "5.00");

        TestKafka.send(Topics.INVOICE_EVENTS, envelope.key(), envelope.headers(), broken);
        publish(envelope(issued("C-2", "INV-4", "7.00")));

        TestKafka.Received dead = TestKafka.awaitRecord(Topics.deadLetter(Topics.INVOICE_EVENTS, "dunning-engine"),
                r -> envelope.id().equals(r.header("ce_id")), Duration.ofSeconds(20));
        assertThat(dead.key()).isEqualTo(tenant + ":C-2");
        assertThat(dead.value()).isEqualTo(broken);
        assertThat(dead.header("dead-letter-reason")).contains("breaks its schema").contains("openAmount.amount");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> receivablesOf("C-2")
                .body("$", hasSize(1)).body("[0].invoiceNumber", is("INV-4")));
    }

    @Test
    void keepsOpenAmountsPerInstallmentThroughPaymentsReversalsAndVoidsExactlyOnce() throws Exception {
        Money half = Money.of("50.00", "EUR");
        InvoiceIssued issued = new InvoiceIssued(tenant, "C-3", UUID.randomUUID().toString(), "INV-5",
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30"), Money.of("100.00", "EUR"), Money.zero("EUR"),
                Money.of("100.00", "EUR"), List.of(new InvoiceIssued.Installment(1, LocalDate.parse("2026-10-31"), half),
                new InvoiceIssued.Installment(2, LocalDate.parse("2026-11-30"), half)));
        publish(envelope(issued));
        PaymentReceived paid = new PaymentReceived(tenant, "C-3", "pay-1", Money.of("30.00", "EUR"), LocalDate.parse("2026-10-20"),
                Instant.parse("2026-10-20T10:00:00Z"), "BANK_TRANSFER", null,
                List.of(new PaymentReceived.Allocation(issued.invoiceId(), 1, Money.of("30.00", "EUR"), Money.of("70.00", "EUR"))),
                Money.zero("EUR"));
        EventEnvelope payment = new EventEnvelope(UUID.randomUUID().toString(), EventType.PAYMENT_RECEIVED, "/arrears/invoice-service",
                Instant.parse("2026-10-20T10:00:00Z"), "payment/pay-1", paid);
        publish(payment);
        publish(payment);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> receivablesOf("C-3")
                .body("[0].openAmount.amount", is("70.00"))
                .body("[0].installments[0].openAmount.amount", is("20.00"))
                .body("[0].installments[1].openAmount.amount", is("50.00")));

        PaymentReversed reversed = new PaymentReversed(tenant, "C-3", "pay-1", "rev-1", "BOUNCED", Money.of("30.00", "EUR"),
                Instant.parse("2026-10-25T10:00:00Z"),
                List.of(new PaymentReceived.Allocation(issued.invoiceId(), 1, Money.of("30.00", "EUR"), Money.of("100.00", "EUR"))),
                Money.zero("EUR"));
        publish(new EventEnvelope(UUID.randomUUID().toString(), EventType.PAYMENT_REVERSED, "/arrears/invoice-service",
                Instant.parse("2026-10-25T10:00:00Z"), "payment/pay-1", reversed));
        InvoiceIssued other = issued("C-3", "INV-6", "10.00");
        publish(envelope(other));
        publish(new EventEnvelope(UUID.randomUUID().toString(), EventType.INVOICE_VOIDED, "/arrears/invoice-service",
                Instant.parse("2026-10-26T10:00:00Z"), "invoice/" + other.invoiceId(),
                new InvoiceVoided(tenant, "C-3", other.invoiceId(), "INV-6", "entered twice", Money.of("10.00", "EUR"))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> receivablesOf("C-3")
                .body("$", hasSize(2))
                .body("find { it.invoiceNumber == 'INV-5' }.openAmount.amount", is("100.00"))
                .body("find { it.invoiceNumber == 'INV-5' }.closed", is(false))
                .body("find { it.invoiceNumber == 'INV-6' }.openAmount.amount", is("0.00"))
                .body("find { it.invoiceNumber == 'INV-6' }.closed", is(true)));
    }

    private io.restassured.response.ValidatableResponse receivablesOf(String customer) {
        return given().when().get("/api/v1/tenants/{tenant}/customers/{customer}/receivables", tenant, customer)
                .then().statusCode(200);
    }

    private InvoiceIssued issued(String customer, String number, String amount) {
        Money open = Money.of(amount, "EUR");
        return new InvoiceIssued(tenant, customer, UUID.randomUUID().toString(), number,
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"), open, Money.of("0.00", "EUR"), open,
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse("2026-10-31"), open)));
    }

    private static EventEnvelope envelope(InvoiceIssued issued) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventType.INVOICE_ISSUED, "/arrears/invoice-service",
                Instant.parse("2026-10-01T08:00:00Z"), "invoice/" + issued.invoiceId(), issued);
    }

    private static void publish(EventEnvelope envelope) throws Exception {
        TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(),
                ArrearsJson.mapper().writeValueAsString(envelope.data()));
    }
}
