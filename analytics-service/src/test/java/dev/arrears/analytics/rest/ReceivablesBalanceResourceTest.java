package dev.arrears.analytics.rest;

import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** The running service against the real broker: events in, balance out through the interactive query. */
@QuarkusTest
class ReceivablesBalanceResourceTest {

    @Test
    void readyWithKafkaAndStreamsRunning() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItems("Kafka connection health check", "Kafka Streams topics health check")));
    }

    @Test
    void balanceFollowsIssuedInvoices() throws Exception {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        publish(tenant, "250.25");
        publish(tenant, "49.75");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/v1/tenants/{tenant}/receivables-balance/EUR", tenant).then()
                .statusCode(200)
                .body("amount", is("300.00"))
                .body("currency", is("EUR")));
        given().get("/api/v1/tenants/{tenant}/receivables-balance/USD", tenant).then().statusCode(404);
    }

    private static void publish(String tenant, String amount) throws Exception {
        Money open = Money.of(amount, "EUR");
        InvoiceIssued issued = new InvoiceIssued(tenant, "C-1", UUID.randomUUID().toString(), "INV-" + amount,
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"), open, Money.zero("EUR"), open,
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse("2026-10-31"), open)));
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.INVOICE_ISSUED,
                "/arrears/invoice-service", Instant.now(), null, issued);
        TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(), ArrearsJson.mapper().writeValueAsString(issued));
    }
}
