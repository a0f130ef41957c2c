package dev.arrears.invoice.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class CustomerApiTest {

    private final Ledger ledger = new Ledger();

    @Test
    void createUpdateWithIfMatchAndPublishMasterData() {
        ledger.api().body("""
                        {"id": "C-77", "legalName": "Müller Maschinenbau GmbH", "emails": ["ap@mueller.example"],
                         "phones": ["+4930123456"], "language": "de", "timeZone": "Europe/Berlin", "country": "DE",
                         "industry": "manufacturing", "size": "MEDIUM", "tags": ["key-account"], "riskClass": "LOW",
                         "consentSms": true, "paymentTermsDays": 45}""")
                .post("/api/v1/customers").then().statusCode(201).header("ETag", "\"0\"");

        JsonNode upserted = ledger.event("C-77", "dev.arrears.invoice.CustomerUpserted.v1", "Müller").payload();
        assertThat(upserted).isEqualTo(Ledger.json("""
                {"tenantId": "%s", "customerId": "C-77", "erpReference": "C-77", "legalName": "Müller Maschinenbau GmbH",
                 "emails": ["ap@mueller.example"], "phones": ["+4930123456"], "language": "de", "timeZone": "Europe/Berlin",
                 "country": "DE", "segment": {"industry": "manufacturing", "size": "MEDIUM", "tags": ["key-account"], "riskClass": "LOW"},
                 "consent": {"email": true, "sms": true, "voice": false}, "paymentTermsDays": 45}""".formatted(ledger.tenant())));

        ledger.api().body("{\"id\": \"C-77\", \"legalName\": \"Again\", \"country\": \"DE\"}")
                .post("/api/v1/customers").then().statusCode(409);

        ledger.api().header("If-Match", "\"3\"").body("{\"legalName\": \"Müller AG\", \"country\": \"DE\"}")
                .put("/api/v1/customers/C-77").then().statusCode(412);
        ledger.api().header("If-Match", "\"0\"").body("{\"legalName\": \"Müller AG\", \"country\": \"DE\", \"riskClass\": \"HIGH\"}")
                .put("/api/v1/customers/C-77").then().statusCode(200).header("ETag", "\"1\"")
                .body("legalName", is("Müller AG")).body("riskClass", is("HIGH"));
        assertThat(ledger.event("C-77", "dev.arrears.invoice.CustomerUpserted.v1", "Müller AG").payload().at("/segment/riskClass").asText())
                .isEqualTo("HIGH");
    }

    @Test
    void aPostalAddressIsKeptAndPublishedForLetters() {
        ledger.api().body("""
                        {"id": "C-88", "erpReference": "DEB-88", "legalName": "Dupont SA", "country": "FR",
                         "postalAddress": {"lines": [" 12 rue de la Paix "], "postalCode": "75002", "city": "Paris"}}""")
                .post("/api/v1/customers").then().statusCode(201)
                .body("postalAddress.lines[0]", is("12 rue de la Paix")).body("postalAddress.country", is("FR"));

        JsonNode upserted = ledger.event("C-88", "dev.arrears.invoice.CustomerUpserted.v1", "Dupont").payload();
        assertThat(upserted.get("erpReference").asText()).isEqualTo("DEB-88");
        assertThat(upserted.get("postalAddress")).isEqualTo(Ledger.json("""
                {"lines": ["12 rue de la Paix"], "postalCode": "75002", "city": "Paris", "country": "FR"}"""));
        ledger.api().get("/api/v1/customers/C-88").then().statusCode(200).body("postalAddress.city", is("Paris"));
    }

    @Test
    void rejectsAPostalAddressThePostCouldNotDeliverTo() {
        ledger.api().body("{\"id\": \"C-2\", \"legalName\": \"X\", \"country\": \"DE\", \"postalAddress\": {\"lines\": [], \"city\": \"Berlin\"}}")
                .post("/api/v1/customers").then().statusCode(422).contentType("application/problem+json")
                .body("field", is("postalAddress.lines"));
        ledger.api().body("{\"id\": \"C-2\", \"legalName\": \"X\", \"country\": \"DE\", \"postalAddress\": {\"lines\": [\"Hauptstr. 1\"]}}")
                .post("/api/v1/customers").then().statusCode(422).body("field", is("postalAddress.city"));
        ledger.api().body("""
                        {"id": "C-2", "legalName": "X", "country": "DE",
                         "postalAddress": {"lines": ["Hauptstr. 1"], "city": "Berlin", "country": "XX"}}""")
                .post("/api/v1/customers").then().statusCode(422).body("field", is("postalAddress.country"));
        ledger.api().get("/api/v1/customers").then().statusCode(200).body("total", is(0));
    }

    @Test
    void rejectsContactsNoProviderCouldUse() {
        ledger.api().body("{\"id\": \"C-1\", \"legalName\": \"X\", \"country\": \"DE\", \"phones\": [\"030 123456\"]}")
                .post("/api/v1/customers").then().statusCode(422).contentType("application/problem+json")
                .body("field", is("phones[0]"));
        ledger.api().body("{\"id\": \"C-1\", \"legalName\": \"X\", \"country\": \"XX\"}")
                .post("/api/v1/customers").then().statusCode(422).body("field", is("country"));
        ledger.api().body("{\"id\": \"C-1\", \"legalName\": \"X\", \"country\": \"DE\", \"timeZone\": \"Mars/Olympus\"}")
                .post("/api/v1/customers").then().statusCode(422).body("field", is("timeZone"));
        ledger.api().body("{\"id\": \"C:1\", \"legalName\": \"X\", \"country\": \"DE\"}")
                .post("/api/v1/customers").then().statusCode(422).body("field", is("id"));
        ledger.api().get("/api/v1/customers").then().statusCode(200).body("total", is(0));
    }
}
