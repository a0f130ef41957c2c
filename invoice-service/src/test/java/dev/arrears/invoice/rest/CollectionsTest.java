package dev.arrears.invoice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Disputes, promises to pay and payment plans, with the limits a collector relies on. */
@QuarkusTest
class CollectionsTest {

    private final Ledger ledger = new Ledger();

    @Test
    void disputesCoverAtMostWhatIsOpenAndEndAcceptedOrRejected() {
        ledger.customer("C-1");
        String id = ledger.api().body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-D", "issueDate": "2026-09-01", "dueDate": "2026-10-01",
                         "totalAmount": {"amount": "300.00", "currency": "EUR"},
                         "lines": [{"number": 1, "description": "Pump", "quantity": 1, "unitPrice": 250.00, "amount": 250.00},
                                   {"number": 2, "description": "Freight", "quantity": 1, "unitPrice": 50.00, "amount": 50.00}]}""")
                .post("/api/v1/invoices").then().statusCode(201).extract().path("id");

        String dispute = ledger.api().body("""
                        {"invoiceId": "%s", "lineNumbers": [2], "reason": "freight was not agreed"}""".formatted(id))
                .post("/api/v1/disputes").then().statusCode(201)
                .body("disputedAmount.amount", is("50.00"))
                .body("status", is("OPEN"))
                .extract().path("id");
        JsonNode opened = ledger.event("C-1", "dev.arrears.invoice.DisputeOpened.v1", dispute).payload();
        assertThat(opened.at("/disputedAmount/amount").asText()).isEqualTo("50.00");
        assertThat(opened.at("/lineNumbers/0").asInt()).isEqualTo(2);

        ledger.api().body("""
                        {"invoiceId": "%s", "disputedAmount": {"amount": "260.00", "currency": "EUR"}, "reason": "quality"}""".formatted(id))
                .post("/api/v1/disputes").then().statusCode(422)
                .body("detail", is("disputes would cover 310.00 but only 300.00 is open"));

        ledger.api().body("{\"outcome\": \"MAYBE\"}").post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(422)
                .body("field", is("outcome"));
        ledger.api().body("{\"outcome\": \"REJECTED\", \"note\": \"freight is in the contract\"}")
                .post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(200)
                .body("status", is("REJECTED"));
        JsonNode resolved = ledger.event("C-1", "dev.arrears.invoice.DisputeResolved.v1", dispute).payload();
        assertThat(resolved.get("outcome").asText()).isEqualTo("REJECTED");
        ledger.api().body("{\"outcome\": \"ACCEPTED\"}").post("/api/v1/disputes/{id}/resolution", dispute).then().statusCode(409);
    }

    @Test
    void promisesAndPaymentPlans() {
        ledger.customer("C-2");
        String a = ledger.invoice("C-2", "INV-P1", "100.00", "EUR", "2026-10-01");
        String b = ledger.invoice("C-2", "INV-P2", "200.00", "EUR", "2026-10-15");
        LocalDate soon = LocalDate.now().plusDays(10);

        String promise = ledger.api().body("""
                        {"customerId": "C-2", "promisedAmount": {"amount": "300.00", "currency": "EUR"}, "promisedDate": "%s",
                         "invoiceIds": ["%s", "%s"], "source": "collector-call"}""".formatted(soon, a, b))
                .post("/api/v1/promises-to-pay").then().statusCode(201)
                .body("promisedDate", is(soon.toString()))
                .extract().path("id");
        JsonNode promised = ledger.event("C-2", "dev.arrears.invoice.PromiseToPayMade.v1", promise).payload();
        assertThat(promised.get("source").asText()).isEqualTo("collector-call");
        assertThat(promised.get("invoiceIds").size()).isEqualTo(2);

        ledger.api().body("""
                        {"customerId": "C-2", "promisedAmount": {"amount": "301.00", "currency": "EUR"}, "promisedDate": "%s",
                         "invoiceIds": ["%s", "%s"]}""".formatted(soon, a, b))
                .post("/api/v1/promises-to-pay").then().statusCode(422).body("field", is("promisedAmount"));
        ledger.api().body("""
                        {"customerId": "C-2", "promisedAmount": {"amount": "10.00", "currency": "EUR"}, "promisedDate": "2020-01-01",
                         "invoiceIds": ["%s"]}""".formatted(a))
                .post("/api/v1/promises-to-pay").then().statusCode(422).body("field", is("promisedDate"));

        String plan = ledger.api().body("""
                        {"customerId": "C-2", "invoiceIds": ["%s", "%s"],
                         "installments": [{"dueDate": "%s", "amount": {"amount": "150.00", "currency": "EUR"}},
                                          {"dueDate": "%s", "amount": {"amount": "150.00", "currency": "EUR"}}]}""".formatted(a, b, soon, soon.plusMonths(1)))
                .post("/api/v1/payment-plans").then().statusCode(201)
                .body("totalAmount.amount", is("300.00"))
                .body("installments.size()", is(2))
                .extract().path("id");
        JsonNode agreed = ledger.event("C-2", "dev.arrears.invoice.PaymentPlanAgreed.v1", plan).payload();
        assertThat(agreed.at("/installments/1/amount/amount").asText()).isEqualTo("150.00");

        ledger.api().body("""
                        {"customerId": "C-2", "invoiceIds": ["%s"],
                         "installments": [{"dueDate": "%s", "amount": {"amount": "99.00", "currency": "EUR"}}]}""".formatted(a, soon))
                .post("/api/v1/payment-plans").then().statusCode(422)
                .body("detail", is("installments add up to 99.00 but the total is 100.00"));
    }
}
