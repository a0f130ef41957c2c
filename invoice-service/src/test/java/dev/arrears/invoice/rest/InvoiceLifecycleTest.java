package dev.arrears.invoice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Adjustments, credit notes, write-offs and voids, each guarded by the invoice's state and version. */
@QuarkusTest
class InvoiceLifecycleTest {

    private final Ledger ledger = new Ledger();

    @Test
    void adjustCreditWriteOffAndTheRulesThatGuardThem() {
        ledger.customer("C-1");
        String id = ledger.invoice("C-1", "INV-L", "500.00", "EUR", "2026-10-31");

        ledger.api().header("If-Match", "\"7\"").body("""
                        {"reason": "price correction", "dueDate": "2026-11-15", "totalAmount": {"amount": "400.00", "currency": "EUR"},
                         "taxAmount": {"amount": "0.00", "currency": "EUR"}}""")
                .post("/api/v1/invoices/{id}/adjustments", id).then().statusCode(412)
                .contentType("application/problem+json");
        ledger.api().header("If-Match", "\"0\"").body("""
                        {"reason": "price correction", "dueDate": "2026-11-15", "totalAmount": {"amount": "400.00", "currency": "EUR"},
                         "taxAmount": {"amount": "0.00", "currency": "EUR"}}""")
                .post("/api/v1/invoices/{id}/adjustments", id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("openAmount.amount", is("400.00"))
                .body("dueDate", is("2026-11-15"));
        JsonNode adjusted = ledger.event("C-1", "dev.arrears.invoice.InvoiceAdjusted.v1", id).payload();
        assertThat(adjusted.at("/openAmount/amount").asText()).isEqualTo("400.00");
        assertThat(adjusted.get("reason").asText()).isEqualTo("price correction");

        String note = ledger.api().body("""
                        {"customerId": "C-1", "creditNoteNumber": "CN-1", "issueDate": "2026-10-05",
                         "amount": {"amount": "100.00", "currency": "EUR"}, "reason": "damaged goods",
                         "allocations": [{"invoiceId": "%s", "amount": {"amount": "100.00", "currency": "EUR"}}]}""".formatted(id))
                .post("/api/v1/credit-notes").then().statusCode(201)
                .body("allocations[0].invoiceOpenAmountAfter.amount", is("300.00"))
                .body("unappliedAmount.amount", is("0.00"))
                .extract().path("id");
        assertThat(ledger.event("C-1", "dev.arrears.invoice.CreditNoteIssued.v1", note).payload().get("creditNoteNumber").asText())
                .isEqualTo("CN-1");

        ledger.api().body("{\"amount\": {\"amount\": \"50.00\", \"currency\": \"EUR\"}, \"reason\": \"small balance\"}")
                .post("/api/v1/invoices/{id}/write-offs", id).then().statusCode(200)
                .body("openAmount.amount", is("250.00"))
                .body("writtenOffAmount.amount", is("50.00"))
                .body("status", is("PARTIALLY_PAID"));
        JsonNode writtenOff = ledger.event("C-1", "dev.arrears.invoice.InvoiceWrittenOff.v1", id).payload();
        assertThat(writtenOff.at("/writtenOffAmount/amount").asText()).isEqualTo("50.00");
        assertThat(writtenOff.at("/openAmountAfter/amount").asText()).isEqualTo("250.00");

        ledger.api().body("{\"reason\": \"entered twice\"}").post("/api/v1/invoices/{id}/void", id).then().statusCode(409)
                .body("detail", is("invoice INV-L has payments, credits or write-offs applied; reverse them before voiding"));

        ledger.api().body("{\"reason\": \"insolvency\"}").post("/api/v1/invoices/{id}/write-offs", id).then().statusCode(200)
                .body("status", is("WRITTEN_OFF"))
                .body("openAmount.amount", is("0.00"));
    }

    @Test
    void aVoidedInvoiceTakesNoMoney() {
        ledger.customer("C-2");
        String id = ledger.invoice("C-2", "INV-V", "80.00", "EUR", "2026-10-31");

        ledger.api().body("{\"reason\": \"entered twice\"}").post("/api/v1/invoices/{id}/void", id).then().statusCode(200)
                .body("status", is("VOIDED")).body("openAmount.amount", is("0.00"));
        JsonNode voided = ledger.event("C-2", "dev.arrears.invoice.InvoiceVoided.v1", id).payload();
        assertThat(voided.at("/voidedOpenAmount/amount").asText()).isEqualTo("80.00");

        ledger.api().body("""
                        {"customerId": "C-2", "amount": {"amount": "80.00", "currency": "EUR"}, "valueDate": "2026-10-05",
                         "allocations": [{"invoiceId": "%s", "amount": {"amount": "80.00", "currency": "EUR"}}]}""".formatted(id))
                .post("/api/v1/payments").then().statusCode(409)
                .body("detail", is("cannot apply money to invoice INV-V: it is voided"));
        ledger.api().body("""
                        {"customerId": "C-2", "amount": {"amount": "80.00", "currency": "EUR"}, "valueDate": "2026-10-05"}""")
                .post("/api/v1/payments").then().statusCode(201)
                .body("allocations.size()", is(0))
                .body("unappliedAmount.amount", is("80.00"));
        ledger.api().body("{\"reason\": \"again\"}").post("/api/v1/invoices/{id}/void", id).then().statusCode(409);
    }
}
