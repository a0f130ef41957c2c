package dev.arrears.invoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.Topics;
import dev.arrears.testsupport.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A tenant of its own, with shortcuts to the invoice API and to the events it publishes. */
public final class Ledger {

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    public String tenant() {
        return tenant;
    }

    public RequestSpecification api() {
        return given().contentType(ContentType.JSON).header("X-Tenant-Id", tenant);
    }

    public void customer(String id) {
        api().body("""
                {"id": "%s", "legalName": "Customer %s", "emails": ["ap@%s.example"], "country": "DE",
                 "language": "de", "timeZone": "Europe/Berlin"}""".formatted(id, id, id.toLowerCase()))
                .post("/api/v1/customers").then().statusCode(201);
    }

    /** Issues an invoice and answers its id. */
    public String invoice(String customer, String number, String amount, String currency, String dueDate) {
        return api().body("""
                        {"customerId": "%s", "invoiceNumber": "%s", "issueDate": "2026-09-01", "dueDate": "%s",
                         "totalAmount": {"amount": "%s", "currency": "%s"}}""".formatted(customer, number, dueDate, amount, currency))
                .post("/api/v1/invoices").then().statusCode(201).extract().path("id");
    }

    /**
     * The event of {@code ceType} published for this tenant's {@code customer} whose payload contains {@code marker},
     * read as every consumer reads it: a record that breaks its schema fails the test, as it would be dead-lettered.
     */
    public Event event(String customer, String ceType, String marker) {
        TestKafka.Received record = TestKafka.awaitRecord(Topics.INVOICE_EVENTS,
                r -> r.key().equals(tenant + ":" + customer) && ceType.equals(r.header("ce_type")) && r.value().contains(marker),
                Duration.ofSeconds(30));
        record.conforming();
        return new Event(record, json(record.value()));
    }

    public static JsonNode json(String text) {
        try {
            return ArrearsJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published event: the record and its payload. */
    public record Event(TestKafka.Received record, JsonNode payload) {
    }
}
