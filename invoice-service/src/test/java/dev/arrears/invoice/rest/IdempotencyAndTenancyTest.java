package dev.arrears.invoice.rest;

import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class IdempotencyAndTenancyTest {

    private final Ledger ledger = new Ledger();

    @Test
    void aRetriedPostReturnsTheFirstResponseAndChangesNothing() {
        ledger.customer("C-1");
        String invoice = ledger.invoice("C-1", "INV-1", "100.00", "EUR", "2026-10-01");
        String body = """
                {"customerId": "C-1", "amount": {"amount": "40.00", "currency": "EUR"}, "valueDate": "2026-10-05"}""";

        String first = ledger.api().header("Idempotency-Key", "pay-1").body(body).post("/api/v1/payments")
                .then().statusCode(201).extract().asString();
        String retry = ledger.api().header("Idempotency-Key", "pay-1").body(body).post("/api/v1/payments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        ledger.api().get("/api/v1/invoices/{id}", invoice).then().body("openAmount.amount", is("60.00"));

        ledger.api().header("Idempotency-Key", "pay-1").body(body.replace("40.00", "41.00")).post("/api/v1/payments")
                .then().statusCode(422).body("field", is("Idempotency-Key"));
        ledger.api().get("/api/v1/invoices/{id}", invoice).then().body("openAmount.amount", is("60.00"));

        ledger.api().header("Idempotency-Key", "pay-2").body(body).post("/api/v1/payments").then().statusCode(201);
        ledger.api().get("/api/v1/invoices/{id}", invoice).then().body("openAmount.amount", is("20.00"));
    }

    @Test
    void aTenantCanNeitherSeeNorTouchAnotherTenantsData() {
        ledger.customer("C-1");
        String invoice = ledger.invoice("C-1", "INV-1", "100.00", "EUR", "2026-10-01");
        Ledger other = new Ledger();
        other.customer("C-1");

        other.api().get("/api/v1/invoices/{id}", invoice).then().statusCode(404).contentType("application/problem+json");
        other.api().get("/api/v1/customers/C-1").then().statusCode(200).body("legalName", is("Customer C-1"));
        other.api().get("/api/v1/invoices").then().statusCode(200).body("total", is(0));
        other.api().body("{\"reason\": \"x\"}").post("/api/v1/invoices/{id}/void", invoice).then().statusCode(404);
        other.api().body("""
                        {"customerId": "C-1", "amount": {"amount": "100.00", "currency": "EUR"}, "valueDate": "2026-10-05",
                         "allocations": [{"invoiceId": "%s", "amount": {"amount": "100.00", "currency": "EUR"}}]}""".formatted(invoice))
                .post("/api/v1/payments").then().statusCode(422)
                .body("detail", is("invoice " + invoice + " is not an invoice of this customer"));
        other.api().body("{\"invoiceId\": \"%s\", \"reason\": \"x\"}".formatted(invoice)).post("/api/v1/disputes").then().statusCode(404);

        ledger.api().get("/api/v1/invoices/{id}", invoice).then().statusCode(200)
                .body("openAmount.amount", is("100.00")).body("status", is("OPEN"));
        // Idempotency keys are per tenant too.
        String body = "{\"customerId\": \"C-1\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"valueDate\": \"2026-10-05\"}";
        ledger.api().header("Idempotency-Key", "same").body(body).post("/api/v1/payments").then().statusCode(201);
        other.api().header("Idempotency-Key", "same").body(body).post("/api/v1/payments").then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void searchFiltersByCustomerStatusAndOverdueDate() {
        ledger.customer("C-1");
        ledger.customer("C-2");
        ledger.invoice("C-1", "INV-OLD", "10.00", "EUR", "2026-09-10");
        ledger.invoice("C-1", "INV-NEW", "10.00", "EUR", "2026-12-10");
        ledger.invoice("C-2", "INV-OTHER", "10.00", "EUR", "2026-09-01");

        ledger.api().queryParam("customerId", "C-1").get("/api/v1/invoices").then().statusCode(200)
                .body("total", is(2)).body("items[0].invoiceNumber", is("INV-OLD"));
        ledger.api().queryParam("overdueAsOf", "2026-10-01").get("/api/v1/invoices").then()
                .body("total", is(2)).body("items.invoiceNumber", org.hamcrest.Matchers.contains("INV-OTHER", "INV-OLD"));
        ledger.api().queryParam("status", "PAID").get("/api/v1/invoices").then().body("total", is(0));
        ledger.api().queryParam("size", 1).queryParam("page", 1).get("/api/v1/invoices").then()
                .body("items.size()", is(1)).body("page", is(1)).body("total", is(3));
        ledger.api().queryParam("size", 0).get("/api/v1/invoices").then().statusCode(422).body("field", is("size"));
    }
}
