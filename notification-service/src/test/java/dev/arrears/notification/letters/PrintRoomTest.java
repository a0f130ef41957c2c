package dev.arrears.notification.letters;

import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.notification.NotificationDelivered;
import dev.arrears.notification.DunningEvents;
import dev.arrears.notification.PipelineTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The print room on real Kafka and PostgreSQL: letters filed by the pipeline are stored as the PDF that is printed,
 * the queue prints as one PDF, a printed letter is final, a mailed one is reported delivered once.
 */
@QuarkusTest
class PrintRoomTest extends PipelineTest {

    @Test
    void aFiledLetterIsStoredAsItsPdfAndTheQueuePrintsAsOneRunOldestFirst() throws Throwable {
        ReminderDue first = finalNotice("C-1");
        pipeline.run();
        clock.advance(Duration.ofMinutes(1));
        ReminderDue second = finalNotice("C-2");
        pipeline.run();

        JsonPath queue = queue("TO_PRINT");
        assertThat(queue.getList("customerId")).containsExactly("C-1", "C-2");
        String letterId = queue.getString("[0].letterId");
        byte[] pdf = given().get("/api/v1/tenants/{t}/letters/{id}/pdf", tenant, letterId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Customer C-1 GmbH").contains("INV-C-1").doesNotContain("INV-C-2");
        assertThat(first.reminderId()).isIn(queue.getList("[0].sourceEventIds"));

        byte[] run = given().get("/api/v1/tenants/{t}/letters/print-run", tenant).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument one = Loader.loadPDF(pdf);
             PDDocument two = Loader.loadPDF(letterPdf(queue.getString("[1].letterId")));
             PDDocument all = Loader.loadPDF(run)) {
            assertThat(all.getNumberOfPages()).isEqualTo(one.getNumberOfPages() + two.getNumberOfPages());
        }
        String runText = text(run);
        assertThat(runText.indexOf("INV-C-1")).isNotNegative().isLessThan(runText.indexOf("INV-C-2"));
        assertThat(second.reminderId()).isIn(queue.getList("[1].sourceEventIds"));
    }

    @Test
    void aPrintedLetterIsFinalAndAMailedOneIsReportedDeliveredOnce() throws Throwable {
        ReminderDue reminder = finalNotice("C-3");
        EscalationRaised letter = events.escalation("C-3", EscalationKind.LETTER, DunningEvents.FINAL_NOTICE, "INV-C-3");
        events.publish(letter);
        pipeline.awaitDispatch(letter.escalationId());
        pipeline.run();
        String letterId = queue("TO_PRINT").getString("[0].letterId");

        clock.advance(Duration.ofHours(2));
        given().post("/api/v1/tenants/{t}/letters/{id}/printed", tenant, letterId).then().statusCode(200)
                .body("status", is("PRINTED")).body("printedAt", is("2026-11-16T11:00:00Z"));
        clock.advance(Duration.ofMinutes(5));
        given().post("/api/v1/tenants/{t}/letters/{id}/printed", tenant, letterId).then().statusCode(200)
                .body("printedAt", is("2026-11-16T11:00:00Z"));

        // The same step's letter for another invoice, after printing: a letter of its own, the printed one unchanged.
        ReminderDue later = events.reminder("C-3", DunningEvents.FINAL_NOTICE, "final-notice", "de", Channel.LETTER);
        events.publish(later);
        pipeline.awaitDispatch(later.reminderId());
        pipeline.run();
        JsonPath toPrint = queue("TO_PRINT");
        assertThat(toPrint.getList("$")).hasSize(1);
        assertThat(toPrint.getString("[0].letterId")).isNotEqualTo(letterId);
        assertThat(toPrint.getList("[0].sourceEventIds")).containsExactly(later.reminderId());
        assertThat(queue("PRINTED").getList("[0].sourceEventIds")).containsExactlyInAnyOrder(reminder.reminderId(), letter.escalationId());

        clock.set(Instant.parse("2026-11-16T15:30:00Z"));
        given().post("/api/v1/tenants/{t}/letters/{id}/mailed", tenant, letterId).then().statusCode(200)
                .body("status", is("MAILED")).body("mailedAt", is("2026-11-16T15:30:00Z"))
                .body("printedAt", is("2026-11-16T11:00:00Z"));
        given().post("/api/v1/tenants/{t}/letters/{id}/mailed", tenant, letterId).then().statusCode(200)
                .body("mailedAt", is("2026-11-16T15:30:00Z"));

        List<NotificationDelivered> delivered = pipeline.events("C-3", EventType.NOTIFICATION_DELIVERED, 2);
        assertThat(delivered).extracting(NotificationDelivered::sourceEventId)
                .containsExactlyInAnyOrder(reminder.reminderId(), letter.escalationId());
        assertThat(delivered).allSatisfy(d -> {
            assertThat(d.channel()).isEqualTo(Channel.LETTER);
            assertThat(d.provider()).isEqualTo("letters");
            assertThat(d.providerMessageId()).isEqualTo(letterId);
            assertThat(d.deliveredAt()).isEqualTo(Instant.parse("2026-11-16T15:30:00Z"));
        });
        assertThat(pipeline.allEvents("C-3", EventType.NOTIFICATION_DELIVERED)).hasSize(2);
        assertThat(pipeline.dispatch(reminder.reminderId()).getString("messages[0].deliveredAt")).isEqualTo("2026-11-16T15:30:00Z");

        given().post("/api/v1/tenants/{t}/letters/{id}/printed", tenant, letterId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("letter " + letterId + " was mailed at 2026-11-16T15:30:00Z; a mailed letter is final"));
    }

    @Test
    void aLetterIsAddressedAsTheErpSaysAndARealCustomersPreviewShowsTheSameWindow() throws Throwable {
        events.customerAt("C-4", "de", new CustomerUpserted.PostalAddress(List.of("Rue de la Loi 16"), "1000", "Bruxelles", null, "BE"));
        pipeline.awaitContact("C-4");
        ReminderDue reminder = events.reminder("C-4", DunningEvents.FINAL_NOTICE, "final-notice", "de", Channel.LETTER);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        pipeline.run();

        String letterId = queue("TO_PRINT").getString("[0].letterId");
        String text = text(letterPdf(letterId));
        // The default tenant posts from Great Britain: a letter to Belgium names the country last.
        assertThat(text).contains("Customer C-4 GmbH\nRue de la Loi 16\n1000 Bruxelles\nBELGIUM\n");
        assertThat(text).contains("Kundennummer: C-4");

        String html = given().contentType("application/json").accept("application/json")
                .body("""
                        {"channel": "LETTER", "templateId": "final-notice", "customerId": "C-4", "items": [
                          {"invoiceId": "inv-1", "invoiceNumber": "INV-9", "dueDate": "2026-09-01", "daysOverdue": 76,
                           "openAmount": {"amount": "100.00", "currency": "EUR"}, "level": 7}]}""")
                .post("/api/v1/tenants/{t}/previews", tenant).then().statusCode(200).extract().path("html");
        assertThat(html).contains("<p>Customer C-4 GmbH</p>", "<p>Rue de la Loi 16</p>", "<p>1000 Bruxelles</p>", "<p>BELGIUM</p>");
    }

    @Test
    void anUnknownLetterIsNotFoundAndAnEmptyQueueHasNothingToPrint() {
        given().get("/api/v1/tenants/{t}/letters/print-run", tenant).then().statusCode(204);
        given().get("/api/v1/tenants/{t}/letters/nope/pdf", tenant).then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/tenants/{t}/letters/nope/mailed", tenant).then().statusCode(404)
                .contentType("application/problem+json").body("detail", is("no letter nope"));
        given().queryParam("limit", 0).get("/api/v1/tenants/{t}/letters/print-run", tenant).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private ReminderDue finalNotice(String customerId) {
        events.customer(customerId, "de", "Europe/Berlin", List.of(), List.of(), false, false, false);
        pipeline.awaitContact(customerId);
        ReminderDue reminder = events.reminder(customerId, DunningEvents.FINAL_NOTICE, "final-notice", "de", Channel.LETTER);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        return reminder;
    }

    private JsonPath queue(String status) {
        return given().queryParam("status", status).get("/api/v1/tenants/{t}/letters", tenant).then().statusCode(200).extract().jsonPath();
    }

    private byte[] letterPdf(String letterId) {
        return given().get("/api/v1/tenants/{t}/letters/{id}/pdf", tenant, letterId).then().statusCode(200).extract().asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
