package dev.arrears.invoice.messaging;

import dev.arrears.contracts.Topics;
import dev.arrears.invoice.support.Ledger;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/** ERP commands on Kafka: same validation and idempotency as REST, failures dead-lettered with the reason. */
@QuarkusTest
class ErpCommandsConsumerTest {

    private final Ledger ledger = new Ledger();

    @Test
    void appliesCommandsOnceAndDeadLettersWhatCannotBeApplied() {
        String key = ledger.tenant() + ":C-9";
        send(key, "dev.arrears.erp.UpsertCustomer.v1", UUID.randomUUID().toString(),
                "{\"legalName\": \"Dupont SARL\", \"country\": \"FR\", \"language\": \"fr\", \"timeZone\": \"Europe/Paris\"}");
        String issue = """
                {"customerId": "C-9", "invoiceNumber": "ERP-1", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                 "totalAmount": {"amount": "500.00", "currency": "EUR"}}""";
        String commandId = UUID.randomUUID().toString();
        send(key, "dev.arrears.erp.IssueInvoice.v1", commandId, issue);
        send(key, "dev.arrears.erp.IssueInvoice.v1", commandId, issue);

        String broken = UUID.randomUUID().toString();
        send(key, "dev.arrears.erp.IssueInvoice.v1", broken, issue.replace("ERP-1", "ERP-2").replace("2026-10-31", "2026-09-30"));
        String marker = UUID.randomUUID().toString();
        send(key, "dev.arrears.erp.IssueInvoice.v1", marker, issue.replace("ERP-1", "ERP-3"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ledger.api().queryParam("customerId", "C-9")
                .get("/api/v1/invoices").then().statusCode(200).body("total", is(2))
                .body("items.invoiceNumber", org.hamcrest.Matchers.containsInAnyOrder("ERP-1", "ERP-3")));
        ledger.event("C-9", "dev.arrears.invoice.InvoiceIssued.v1", "ERP-1");

        TestKafka.Received dead = TestKafka.awaitRecord(Topics.deadLetter(Topics.ERP_COMMANDS, "invoice-service"),
                r -> broken.equals(r.header("ce_id")), Duration.ofSeconds(30));
        assertThat(dead.header("dead-letter-reason")).isEqualTo("dueDate 2026-09-30 is before issueDate 2026-10-01");
        assertThat(dead.value()).contains("ERP-2");

        String unknown = UUID.randomUUID().toString();
        send(key, "dev.arrears.erp.TeleportInvoice.v1", unknown, "{}");
        TestKafka.Received unknownDead = TestKafka.awaitRecord(Topics.deadLetter(Topics.ERP_COMMANDS, "invoice-service"),
                r -> unknown.equals(r.header("ce_id")), Duration.ofSeconds(30));
        assertThat(unknownDead.header("dead-letter-reason")).isEqualTo("unknown command type 'dev.arrears.erp.TeleportInvoice.v1'");
    }

    private static void send(String key, String type, String id, String payload) {
        TestKafka.send(Topics.ERP_COMMANDS, key, Map.of("ce_id", id, "ce_type", type, "ce_source", "/erp/test",
                "ce_specversion", "1.0", "content-type", "application/json"), payload);
    }
}
