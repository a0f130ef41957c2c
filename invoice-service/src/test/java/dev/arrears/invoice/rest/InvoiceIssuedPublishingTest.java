package dev.arrears.invoice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.Topics;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** An invoice posted over REST is stored and its InvoiceIssued reaches Kafka through the outbox relay. */
@QuarkusTest
class InvoiceIssuedPublishingTest {

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void publishesExactlyTheIssuedInvoice() throws Exception {
        String id = given().contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                .body("""
                        {"customerId": "C-1001", "invoiceNumber": "INV-2026-00042",
                         "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                         "totalAmount": {"amount": "1190.00", "currency": "EUR"},
                         "taxAmount": {"amount": "190.00", "currency": "EUR"}}""")
                .when().post("/api/v1/invoices")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("openAmount.amount", is("1190.00"))
                .body("status", is("OPEN"))
                .extract().path("id");

        TestKafka.Received record = TestKafka.awaitRecord(Topics.INVOICE_EVENTS,
                r -> r.value().contains(id), Duration.ofSeconds(30));

        assertThat(record.key()).isEqualTo(tenant + ":C-1001");
        assertThat(record.headers()).containsOnlyKeys("ce_id", "ce_type", "ce_source", "ce_time", "ce_subject",
                "ce_specversion", "ce_dataschema", "content-type");
        assertThat(record.header("ce_id")).matches("[0-9a-f-]{36}");
        assertThat(record.header("ce_type")).isEqualTo("dev.arrears.invoice.InvoiceIssued.v1");
        assertThat(record.header("ce_source")).isEqualTo("/arrears/invoice-service");
        assertThat(record.header("ce_subject")).isEqualTo("invoice/" + id);
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("ce_dataschema")).isEqualTo("https://schemas.arrears.dev/invoice/InvoiceIssued.v1.json");
        assertThat(record.header("content-type")).isEqualTo("application/json");
        JsonNode expected = ArrearsJson.mapper().readTree("""
                {"tenantId": "%s", "customerId": "C-1001", "invoiceId": "%s", "invoiceNumber": "INV-2026-00042",
                 "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                 "totalAmount": {"amount": "1190.00", "currency": "EUR"},
                 "taxAmount": {"amount": "190.00", "currency": "EUR"},
                 "openAmount": {"amount": "1190.00", "currency": "EUR"},
                 "installments": [{"number": 1, "dueDate": "2026-10-31", "amount": {"amount": "1190.00", "currency": "EUR"}}]}
                """.formatted(tenant, id));
        assertThat(ArrearsJson.mapper().readTree(record.value())).isEqualTo(expected);
    }

    @Test
    void rejectsWhatCannotBeBookedWithAProblemAndPublishesNothing() {
        given().contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                .body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-X", "issueDate": "2026-10-01", "dueDate": "2026-09-30",
                         "totalAmount": {"amount": "10.00", "currency": "EUR"}}""")
                .when().post("/api/v1/invoices")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("field", is("dueDate"))
                .body("detail", is("dueDate 2026-09-30 is before issueDate 2026-10-01"));

        given().contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                .body("""
                        {"customerId": "C-1", "invoiceNumber": "INV-Y", "issueDate": "2026-10-01", "dueDate": "2026-10-30",
                         "totalAmount": {"amount": "10.001", "currency": "EUR"}}""")
                .when().post("/api/v1/invoices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", is("totalAmount"))
                .body("detail", is("amount 10.001 has more decimals than EUR allows (2)"));

        given().contentType(ContentType.JSON)
                .body("{}")
                .when().post("/api/v1/invoices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", is("X-Tenant-Id"));
    }

    @Test
    void aTenantCannotReadAnotherTenantsInvoice() {
        String id = given().contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                .body("""
                        {"customerId": "C-9", "invoiceNumber": "INV-9", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                         "totalAmount": {"amount": "99.00", "currency": "USD"}}""")
                .when().post("/api/v1/invoices").then().statusCode(201).extract().path("id");

        given().header("X-Tenant-Id", tenant).get("/api/v1/invoices/{id}", id).then().statusCode(200)
                .body("invoiceNumber", is("INV-9"));
        given().header("X-Tenant-Id", "someone-else").get("/api/v1/invoices/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
