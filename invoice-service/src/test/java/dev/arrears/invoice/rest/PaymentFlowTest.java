package dev.arrears.invoice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Payments settle the oldest items first, keep overpayments as credit, and reversals reopen exactly what they settled. */
@QuarkusTest
class PaymentFlowTest {

    private final Ledger ledger = new Ledger();

    @Test
    void partialPaymentsOverpaymentAndReversal() {
        ledger.customer("C-1");
        String older = ledger.invoice("C-1", "INV-A", "100.00", "EUR", "2026-10-01");
        String newer = ledger.invoice("C-1", "INV-B", "200.00", "EUR", "2026-11-01");
        ledger.invoice("C-1", "INV-USD", "999.00", "USD", "2026-09-15");

        String first = ledger.api().body("""
                        {"customerId": "C-1", "amount": {"amount": "150.00", "currency": "EUR"}, "valueDate": "2026-11-10",
                         "method": "BANK_TRANSFER", "reference": "RF-1"}""")
                .post("/api/v1/payments").then().statusCode(201)
                .body("allocations.size()", is(2))
                .body("allocations[0].invoiceId", is(older))
                .body("allocations[0].amount.amount", is("100.00"))
                .body("allocations[0].invoiceOpenAmountAfter.amount", is("0.00"))
                .body("allocations[1].invoiceId", is(newer))
                .body("allocations[1].amount.amount", is("50.00"))
                .body("allocations[1].invoiceOpenAmountAfter.amount", is("150.00"))
                .body("unappliedAmount.amount", is("0.00"))
                .extract().path("id");
        ledger.api().get("/api/v1/invoices/{id}", older).then().body("status", is("PAID")).body("openAmount.amount", is("0.00"));
        ledger.api().get("/api/v1/invoices/{id}", newer).then().body("status", is("PARTIALLY_PAID")).body("openAmount.amount", is("150.00"));

        JsonNode received = ledger.event("C-1", "dev.arrears.invoice.PaymentReceived.v1", first).payload();
        assertThat(received).isEqualTo(Ledger.json("""
                {"tenantId": "%s", "customerId": "C-1", "paymentId": "%s", "amount": {"amount": "150.00", "currency": "EUR"},
                 "valueDate": "2026-11-10", "receivedAt": "%s", "method": "BANK_TRANSFER", "reference": "RF-1",
                 "allocations": [
                   {"invoiceId": "%s", "installmentNumber": 1, "amount": {"amount": "100.00", "currency": "EUR"}, "invoiceOpenAmountAfter": {"amount": "0.00", "currency": "EUR"}},
                   {"invoiceId": "%s", "installmentNumber": 1, "amount": {"amount": "50.00", "currency": "EUR"}, "invoiceOpenAmountAfter": {"amount": "150.00", "currency": "EUR"}}],
                 "unappliedAmount": {"amount": "0.00", "currency": "EUR"}}""".formatted(
                ledger.tenant(), first, received.get("receivedAt").asText(), older, newer)));

        String second = ledger.api().body("""
                        {"customerId": "C-1", "amount": {"amount": "400.00", "currency": "EUR"}, "valueDate": "2026-11-11"}""")
                .post("/api/v1/payments").then().statusCode(201)
                .body("allocations.size()", is(1))
                .body("allocations[0].amount.amount", is("150.00"))
                .body("unappliedAmount.amount", is("250.00"))
                .extract().path("id");
        ledger.api().get("/api/v1/invoices/{id}", newer).then().body("status", is("PAID"));

        ledger.api().body("""
                        {"customerId": "C-1", "amount": {"amount": "10.00", "currency": "EUR"}, "valueDate": "2026-11-11",
                         "allocations": [{"invoiceId": "%s", "amount": {"amount": "10.00", "currency": "EUR"}}]}""".formatted(older))
                .post("/api/v1/payments").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("cannot apply money to invoice INV-A: it is paid"));

        ledger.api().post("/api/v1/payments/{id}/reversal", first).then().statusCode(400);
        ledger.api().body("{\"reason\": \"BOUNCED\"}").post("/api/v1/payments/{id}/reversal", first).then().statusCode(200)
                .body("status", is("REVERSED"));
        ledger.api().get("/api/v1/invoices/{id}", older).then().body("status", is("OPEN")).body("openAmount.amount", is("100.00"));
        ledger.api().get("/api/v1/invoices/{id}", newer).then().body("status", is("PARTIALLY_PAID")).body("openAmount.amount", is("50.00"));

        JsonNode reversed = ledger.event("C-1", "dev.arrears.invoice.PaymentReversed.v1", first).payload();
        assertThat(reversed.get("reason").asText()).isEqualTo("BOUNCED");
        assertThat(reversed.at("/reversedAllocations/0/invoiceOpenAmountAfter/amount").asText()).isEqualTo("100.00");
        assertThat(reversed.at("/reversedAllocations/1/invoiceOpenAmountAfter/amount").asText()).isEqualTo("50.00");

        ledger.api().body("{\"reason\": \"BOUNCED\"}").post("/api/v1/payments/{id}/reversal", first).then().statusCode(409);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void explicitAllocationToAnInstallmentAndOverAllocation() {
        ledger.customer("C-2");
        String id = ledger.api().body("""
                        {"customerId": "C-2", "invoiceNumber": "INV-I", "issueDate": "2026-09-01", "dueDate": "2026-11-30",
                         "totalAmount": {"amount": "200.00", "currency": "EUR"},
                         "installments": [{"dueDate": "2026-10-31", "amount": {"amount": "100.00", "currency": "EUR"}},
                                          {"dueDate": "2026-11-30", "amount": {"amount": "100.00", "currency": "EUR"}}]}""")
                .post("/api/v1/invoices").then().statusCode(201).extract().path("id");

        ledger.api().body("""
                        {"customerId": "C-2", "amount": {"amount": "60.00", "currency": "EUR"}, "valueDate": "2026-10-05",
                         "allocations": [{"invoiceId": "%s", "installmentNumber": 2, "amount": {"amount": "60.00", "currency": "EUR"}}]}""".formatted(id))
                .post("/api/v1/payments").then().statusCode(201)
                .body("allocations[0].installmentNumber", is(2));
        ledger.api().get("/api/v1/invoices/{id}", id).then()
                .body("installments[0].openAmount.amount", is("100.00"))
                .body("installments[1].openAmount.amount", is("40.00"))
                .body("openAmount.amount", is("140.00"));

        ledger.api().body("""
                        {"customerId": "C-2", "amount": {"amount": "50.00", "currency": "EUR"}, "valueDate": "2026-10-05",
                         "allocations": [{"invoiceId": "%s", "installmentNumber": 2, "amount": {"amount": "50.00", "currency": "EUR"}}]}""".formatted(id))
                .post("/api/v1/payments").then().statusCode(422)
                .body("field", is("allocations"))
                .body("detail", is("allocation of 50.00 exceeds the open amount 40.00 of invoice INV-I installment 2"));

        ledger.api().body("""
                        {"customerId": "C-2", "amount": {"amount": "20.00", "currency": "EUR"}, "valueDate": "2026-10-05",
                         "allocations": [{"invoiceId": "%s", "amount": {"amount": "30.00", "currency": "EUR"}}]}""".formatted(id))
                .post("/api/v1/payments").then().statusCode(422)
                .body("detail", is("allocations add up to more than the 20.00 received"));
        ledger.api().get("/api/v1/invoices/{id}", id).then().body("openAmount.amount", is("140.00"));
    }
}
