package dev.arrears.notification.rest;

import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.notification.DunningEvents;
import dev.arrears.notification.Pipeline;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PreviewResourceTest {

    private static final String ITEMS = """
            [{"invoiceId": "inv-42", "invoiceNumber": "INV-2026-0042", "dueDate": "2026-10-01", "daysOverdue": 30,
              "openAmount": {"amount": "1190.00", "currency": "EUR"}, "level": 2},
             {"invoiceId": "inv-57", "invoiceNumber": "INV-2026-0057", "installmentNumber": 2, "dueDate": "2026-10-15", "daysOverdue": 16,
              "openAmount": {"amount": "595.50", "currency": "EUR"}, "level": 1}]""";

    private static boolean customerPublished;

    /** The contact store, as CustomerUpserted fills it: here it knows one customer of the tenant acme-test. */
    @BeforeEach
    void contacts() {
        if (!customerPublished) {
            customerPublished = true;
            DunningEvents.send(new EventEnvelope(UUID.randomUUID().toString(), EventType.CUSTOMER_UPSERTED, "/arrears/invoice-service",
                    Instant.parse("2026-11-01T00:00:00Z"), "C-1001", new CustomerUpserted("acme-test", "C-1001", "DUP-1",
                    "Dupont Frères SA", List.of("compta@dupont.example"), List.of(), "fr", "Europe/Paris", "FR",
                    new CustomerUpserted.Segment(null, null, List.of(), null), new CustomerUpserted.Consent(true, false, false), 30)));
        }
        await().atMost(Pipeline.WAIT).untilAsserted(() -> given().get("/api/v1/tenants/acme-test/customers/C-1001/contact")
                .then().statusCode(200).body("legalName", is("Dupont Frères SA")));
    }

    @Test
    void rendersATemplateForAMadeUpCustomer() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "EMAIL", "templateId": "overdue-firm", "tone": "FIRM", "items": %s,
                         "customer": {"name": "Müller GmbH", "language": "de", "country": "DE", "timeZone": "Europe/Berlin"}}"""
                        .formatted(ITEMS))
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(200)
                .body("channel", is("EMAIL"))
                .body("templateUsed", is("overdue-firm/de/FIRM/email"))
                .body("fallback", nullValue())
                .body("subject", is("Mahnung: 2 überfällige Rechnungen"))
                .body("html", allOf(containsString("INV-2026-0057 (Rate 2)"), containsString("1.190,00\u00a0€"),
                        containsString("01.10.2026"), containsString("1.785,50\u00a0€"), containsString("Acme GmbH")))
                .body("text", containsString("Sehr geehrte Damen und Herren,"));
    }

    @Test
    void samplesItemsDatedForTheTemplateInTheCountrysCurrencyAndFindsTheTone() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "SMS", "templateId": "final-warning", "customer": {"country": "GB"}}""")
                .when().post("/api/v1/tenants/preview-gb/previews")
                .then().statusCode(200)
                .body("templateUsed", is("final-warning/en/FINAL_NOTICE/sms"))
                .body("text", allOf(containsString("FINAL REMINDER"), containsString("£1,785.00")));
    }

    @Test
    void saysWhichLanguageStoodIn() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "VOICE", "templateId": "overdue", "tone": "FIRM", "language": "nl-BE"}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(200)
                .body("templateUsed", is("overdue/de/FIRM/voice"))
                .body("fallback", is("overdue/nl-BE/FIRM/voice → overdue/de/FIRM/voice: no template in nl-BE or nl, so the tenant's "
                        + "default language (de)"))
                .body("text", containsString("Sample Customer Ltd"));
    }

    @Test
    void previewsARealCustomerFromTheContactStore() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "EMAIL", "templateId": "overdue", "customerId": "C-1001", "items": %s}""".formatted(ITEMS))
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(200)
                .body("templateUsed", is("overdue/fr/FIRM/email"))
                .body("subject", is("Relance\u00a0: 2 factures impayées"))
                .body("text", allOf(containsString("Madame, Monsieur,"), containsString("1\u202f190,00\u00a0€"),
                        containsString("https://pay.acme.example/acme-test/C-1001?ref=mahnung")));
    }

    @Test
    void answersJsonToAClientThatAcceptsAnything() {
        given().contentType(ContentType.JSON).header("Accept", "*/*")
                .body("""
                        {"channel": "LETTER", "templateId": "final-notice"}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("templateUsed", is("final-notice/de/FINAL_NOTICE/letter"));
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "EMAIL", "templateId": "overdue", "customerId": "C-404"}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", is("tenant acme-test has no customer C-404 in the contact store"))
                .body("field", is("customerId"));
    }

    @Test
    void refusesAnIncompleteRequestWithEveryReason() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"items": [], "language": "!!", "customer": {"timeZone": "Mars/Olympus", "country": "Germany"}}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", is("channel is required (EMAIL, SMS, VOICE or LETTER); templateId is required, e.g. overdue-firm; "
                        + "items is empty: leave it out to preview with sample items; language '!!' is not a BCP 47 language tag; "
                        + "customer.timeZone 'Mars/Olympus' is not an IANA time zone; customer.country 'Germany' is not an ISO 3166 alpha-2 code"));
    }

    @Test
    void aChannelWithoutTemplatesIsAProblemNotABlankMessage() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "CALL_TASK", "templateId": "overdue", "tone": "FIRM"}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(422)
                .body("type", is("https://arrears.dev/problems/missing-template"))
                .body("detail", containsString("no template for overdue/?/FIRM/call_task"));
    }

    @Test
    void aMalformedBodyNamesTheField() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("""
                        {"channel": "PIGEON", "templateId": "overdue"}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", is("channel"));
    }

    @Test
    void printsALetterPreviewAsThePdfThatWouldBeMailed() throws IOException {
        byte[] pdf = given().contentType(ContentType.JSON).accept("application/pdf")
                .body("""
                        {"channel": "LETTER", "templateId": "final-notice", "items": %s,
                         "customer": {"name": "Dupont Frères SA", "language": "fr", "country": "FR", "timeZone": "Europe/Paris"}}"""
                        .formatted(ITEMS))
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mise en demeure de payer", "INV-2026-0042", "1\u202f190,00\u00a0€",
                    "INV-2026-0057 (échéance 2)", "595,50\u00a0€", "article L. 441-10", "Page 1 sur 1");
        }
    }

    @Test
    void onlyALetterPrints() {
        given().contentType(ContentType.JSON).accept("application/pdf")
                .body("""
                        {"channel": "SMS", "templateId": "overdue"}""")
                .when().post("/api/v1/tenants/acme-test/previews")
                .then().statusCode(422)
                .body("field", is("channel"));
    }

    @Test
    void listsEveryTemplateWithItsChannels() {
        given().when().get("/api/v1/templates")
                .then().statusCode(200)
                .body("$", hasSize(32))
                .body("findAll { it.templateId == 'overdue' && it.language == 'de' }.tone", hasItem("FIRM"))
                .body("find { it.templateId == 'overdue' && it.language == 'de' }.generic", is(true))
                .body("find { it.templateId == 'overdue-firm' && it.language == 'fr' }.generic", is(false))
                .body("find { it.templateId == 'final-notice' && it.language == 'es' }.channels",
                        org.hamcrest.Matchers.containsInAnyOrder("EMAIL", "SMS", "VOICE", "LETTER"));
    }
}
