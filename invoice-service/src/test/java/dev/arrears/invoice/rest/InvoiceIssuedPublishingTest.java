package dev.arrears.invoice.rest;


import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** An invoice posted over REST is stored and its InvoiceIssued reaches Kafka through the outbox relay. */
@QuarkusTest
class InvoiceIssuedPublishingTest {

    private final Ledger ledger = new Ledger();

    @Test
    void publishesExactlyTheIssuedInvoice() {
        ledger.customer("C-1001");
        String id = ledger.api()
                .body("""
                        {"customerId": "C-1001", "invoiceNumber": "INV-2026-00042",
                         "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                         "totalAmount": {"amount": "1190.00", "currency": "EUR"},
                         "taxAmount": {"amount": "190.00", "currency": "EUR"}}""")
                .when().post("/api/v1/invoices")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("openAmount.amount", is("1190.00"))
                .body("status", is("OPEN"))
                .extract().path("id");

        Ledger.Event event = ledger.event("C-1001", "dev.arrears.invoice.InvoiceIssued.v1", id);

        assertThat(event.record().key()).isEqualTo(ledger.tenant() + ":C-1001");
        assertThat(event.record().headers()).containsOnlyKeys("id", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject",
                "ce_specversion", "ce_dataschema", "content-type");
        assertThat(event.record().header("ce_id")).matches("[0-9a-f-]{36}").isEqualTo(event.record().header("id"));
        assertThat(event.record().header("ce_source")).isEqualTo("/arrears/invoice-service");
        assertThat(event.record().header("ce_subject")).isEqualTo("invoice/" + id);
        assertThat(event.record().header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.record().header("ce_dataschema")).isEqualTo("https://schemas.arrears.dev/invoice/InvoiceIssued.v1.json");
        assertThat(event.record().header("content-type")).isEqualTo("application/json");
        JsonNode expected = Ledger.json("""
                {"tenantId": "%s", "customerId": "C-1001", "invoiceId": "%s", "invoiceNumber": "INV-2026-00042",
                 "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                 "totalAmount": {"amount": "1190.00", "currency": "EUR"},
                 "taxAmount": {"amount": "190.00", "currency": "EUR"},
                 "openAmount": {"amount": "1190.00", "currency": "EUR"},
                 "installments": [{"number": 1, "dueDate": "2026-10-31", "amount": {"amount": "1190.00", "currency": "EUR"}}]}
                """.formatted(ledger.tenant(), id));
        assertThat(event.payload()).isEqualTo(expected);
    }

    @Test
    void schedulesInstallmentsThatAddUpToTheTotal() {
        ledger.customer("C-2");
        String id = ledger.api()
                .body("""
                        {"customerId": "C-2", "invoiceNumber": "INV-INST", "issueDate": "2026-10-01", "dueDate": "2026-12-31",
                         "totalAmount": {"amount": "300.00", "currency": "EUR"},
                         "installments": [{"dueDate": "2026-10-31", "amount": {"amount": "100.00", "currency": "EUR"}},
                                          {"dueDate": "2026-11-30", "amount": {"amount": "100.00", "currency": "EUR"}},
                                          {"dueDate": "2026-12-31", "amount": {"amount": "100.00", "currency": "EUR"}}]}""")
                .post("/api/v1/invoices").then().statusCode(201)
                .body("installments.number", org.hamcrest.Matchers.contains(1, 2, 3))
                .body("installments[2].dueDate", is("2026-12-31"))
                .extract().path("id");

        JsonNode payload = ledger.event("C-2", "dev.arrears.invoice.InvoiceIssued.v1", id).payload();
        assertThat(payload.at("/installments").size()).isEqualTo(3);
        assertThat(payload.at("/installments/1/dueDate").asText()).isEqualTo("2026-11-30");

        ledger.api()
                .body("""
                        {"customerId": "C-2", "invoiceNumber": "INV-BAD", "issueDate": "2026-10-01", "dueDate": "2026-12-31",
                         "totalAmount": {"amount": "300.00", "currency": "EUR"},
                         "installments": [{"dueDate": "2026-10-31", "amount": {"amount": "100.00", "currency": "EUR"}}]}""")
                .post("/api/v1/invoices").then().statusCode(422)
                .contentType("application/problem+json")
                .body("field", is("installments"))
                .body("detail", is("installments add up to 100.00 but the total is 300.00"));
    }

    @Test
    void rejectsWhatCannotBeBookedWithAProblem() {
        ledger.customer("C-1");
        ledger.api().body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-X", "issueDate": "2026-10-01", "dueDate": "2026-09-30",
                         "totalAmount": {"amount": "10.00", "currency": "EUR"}}""")
                .post("/api/v1/invoices").then().statusCode(422)
                .contentType("application/problem+json")
                .body("field", is("dueDate"))
                .body("detail", is("dueDate 2026-09-30 is before issueDate 2026-10-01"));

        ledger.api().body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-Y", "issueDate": "2026-10-01", "dueDate": "2026-10-30",
                         "totalAmount": {"amount": "10.001", "currency": "EUR"}}""")
                .post("/api/v1/invoices").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", is("totalAmount"))
                .body("detail", is("amount 10.001 has more decimals than EUR allows (2)"));

        ledger.api().body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-Z", "issueDate": "2026-10-01", "dueDate": "2026-10-30",
                         "totalAmount": {"amount": "10.00", "currency": "EUX"}}""")
                .post("/api/v1/invoices").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", is("totalAmount"))
                .body("detail", is("currency 'EUX' is not an ISO 4217 code"));

        ledger.api().body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-N", "issueDate": "2026-10-01", "dueDate": "2026-10-30",
                         "totalAmount": {"amount": "-10.00", "currency": "EUR"}}""")
                .post("/api/v1/invoices").then().statusCode(422)
                .body("field", is("totalAmount"));

        ledger.api().body("""
                        {"customerId": "NOBODY", "invoiceNumber": "INV-U", "issueDate": "2026-10-01", "dueDate": "2026-10-30",
                         "totalAmount": {"amount": "10.00", "currency": "EUR"}}""")
                .post("/api/v1/invoices").then().statusCode(422)
                .body("field", is("customerId"))
                .body("detail", is("unknown customer NOBODY; create it first"));

        ledger.api().body("{\"customerId\": ").post("/api/v1/invoices").then().statusCode(400)
                .contentType("application/problem+json").body("title", is("Malformed body"));

        io.restassured.RestAssured.given().contentType("application/json").body("{}").post("/api/v1/invoices").then().statusCode(400)
                .contentType("application/problem+json").body("field", is("X-Tenant-Id"));

        ledger.api().get("/api/v1/invoices").then().statusCode(200).body("total", is(0));
    }
}
