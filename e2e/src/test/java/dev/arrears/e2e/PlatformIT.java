package dev.arrears.e2e;

import dev.arrears.contracts.Topics;
import dev.arrears.devstack.DevStack;
import dev.arrears.devstack.DevStackSettings;
import dev.arrears.devstack.PlatformClock;
import dev.arrears.devstack.Ports;
import dev.arrears.devstack.RunningPlatform;
import dev.arrears.devstack.postgres.ServiceDatabase;
import dev.arrears.devstack.service.ServiceSpec;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Comparator;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The platform exactly as {@code ./arrears up} runs it (real PostgreSQL, a Kafka broker in its own JVM,
 * four service processes), on free ports: an invoice posted to invoice-service reaches the dunning engine
 * and analytics through Kafka, the dunning engine's own schedule raises the reminder due and the customer
 * receives it in the local mailbox; outside clients reach Kafka and PostgreSQL; a stop leaves no process and
 * a restart finds the data.
 */
class PlatformIT {

    private static final Path REPO = Path.of(System.getProperty("arrears.repo", "..")).toAbsolutePath().normalize();
    /** Monday 5 October 2026, 09:00 in Berlin: the platform's clock starts here, whatever day the test runs on. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-10-05T07:00:00Z");

    /** Under target, so the services' logs outlive a failed run. */
    private final Path home = Path.of("target", "platform-it").toAbsolutePath();

    @Test
    void invoiceFlowsThroughThePlatformAndSurvivesARestart() throws Exception {
        DevStackSettings settings = settings();
        String tenant = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String invoiceId;
        List<ProcessHandle> children;

        try (DevStack stack = new DevStack(settings, System.out)) {
            RunningPlatform platform = stack.up();

            given().baseUri(platform.url("invoice-service")).contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                    .body("""
                            {"id": "C-1001", "legalName": "Müller GmbH", "country": "DE", "language": "de",
                             "timeZone": "Europe/Berlin", "emails": ["buchhaltung@mueller.example"], "consentEmail": true}""")
                    .post("/api/v1/customers").then().statusCode(201);
            invoiceId = given().baseUri(platform.url("invoice-service")).contentType(ContentType.JSON)
                    .header("X-Tenant-Id", tenant)
                    .body("""
                            {"customerId": "C-1001", "invoiceNumber": "INV-1", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                             "totalAmount": {"amount": "1190.00", "currency": "EUR"}, "taxAmount": {"amount": "190.00", "currency": "EUR"}}""")
                    .post("/api/v1/invoices").then().statusCode(201).extract().path("id");

            // An English customer reachable by text only, whose invoice fell due last Thursday: the due-date reminder
            // (email, then SMS) is the step due, and goes by SMS.
            given().baseUri(platform.url("invoice-service")).contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                    .body("""
                            {"id": "C-1002", "legalName": "Smith Ltd", "country": "DE", "language": "en", "timeZone": "Europe/Berlin",
                             "phones": ["+4917012345678"], "consentSms": true}""")
                    .post("/api/v1/customers").then().statusCode(201);
            given().baseUri(platform.url("invoice-service")).contentType(ContentType.JSON).header("X-Tenant-Id", tenant)
                    .body("""
                            {"customerId": "C-1002", "invoiceNumber": "INV-2", "issueDate": "2026-09-01", "dueDate": "2026-10-01",
                             "totalAmount": {"amount": "250.00", "currency": "EUR"}}""")
                    .post("/api/v1/invoices").then().statusCode(201);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(platform.url("dunning-engine"))
                    .get("/api/v1/tenants/{t}/customers/C-1001/receivables", tenant).then()
                    .statusCode(200).body("$", hasSize(1)).body("[0].invoiceId", is(invoiceId))
                    .body("[0].openAmount.amount", is("1190.00")));
            // The courtesy note (issue date + 3, a Sunday) is due Monday 09:00 in Berlin: the engine's own polling
            // loop raises it, the notification service's sends it, no one calls either.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(platform.url("notification-service"))
                    .queryParam("tenantId", tenant).get("/api/v1/messages").then().statusCode(200)
                    .body("$", hasSize(2))
                    .body("find { it.customerId == 'C-1001' }.channel", is("EMAIL"))
                    .body("find { it.customerId == 'C-1001' }.to", is("buchhaltung@mueller.example"))
                    .body("find { it.customerId == 'C-1001' }.templateUsed", is("courtesy/de/FRIENDLY/email"))
                    .body("find { it.customerId == 'C-1001' }.subject", containsString("INV-1"))
                    .body("find { it.customerId == 'C-1002' }.channel", is("SMS"))
                    .body("find { it.customerId == 'C-1002' }.to", is("+4917012345678"))
                    .body("find { it.customerId == 'C-1002' }.templateUsed", is("due-today/en/FRIENDLY/sms"))
                    .body("find { it.customerId == 'C-1002' }.text", containsString("INV-2"))
                    .body("requests", everyItem(is(1))));
            given().baseUri(platform.url("notification-service")).queryParam("tenantId", tenant).get("/messages").then()
                    .statusCode(200).contentType(ContentType.HTML)
                    .body(containsString("buchhaltung@mueller.example"), containsString("+4917012345678"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(platform.url("analytics-service"))
                    .get("/api/v1/tenants/{t}/receivables-balance/EUR", tenant).then()
                    .statusCode(200).body("amount", is("1440.00")));

            assertThat(consumeFromOutside(platform.kafkaBootstrapServers(), invoiceId))
                    .as("an outside Kafka client reads the event").isEqualTo(tenant + ":C-1001");
            assertThat(invoicesInDatabase(platform.postgresPort(), tenant)).isEqualTo(2);

            children = ProcessHandle.current().descendants().toList();
            assertThat(children).hasSizeGreaterThanOrEqualTo(5);
        }

        assertThat(children).as("no process outlives the stop").noneMatch(ProcessHandle::isAlive);

        try (DevStack again = new DevStack(settings, System.out)) {
            RunningPlatform platform = again.up();
            given().baseUri(platform.url("invoice-service")).header("X-Tenant-Id", tenant)
                    .get("/api/v1/invoices/{id}", invoiceId).then().statusCode(200).body("invoiceNumber", is("INV-1"));
            given().baseUri(platform.url("dunning-engine"))
                    .get("/api/v1/tenants/{t}/customers/C-1001/receivables", tenant).then()
                    .statusCode(200).body("$", hasSize(1));
        }
    }

    private DevStackSettings settings() throws IOException {
        deleteRecursively(home);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec.name(), Ports.anyFree());
        }
        return new DevStackSettings(REPO, home, false, Ports.anyFree(), Ports.anyFree(), ports, PlatformClock.startingAt(MONDAY_MORNING, 1));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String consumeFromOutside(String bootstrap, String invoiceId) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.INVOICE_EVENTS));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(invoiceId)) {
                        return record.key();
                    }
                }
            }
            return null;
        }
    }

    private static int invoicesInDatabase(int port, String tenant) throws Exception {
        ServiceDatabase db = ServiceDatabase.INVOICE;
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("localhost", port), db.user(), db.password());
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from invoice where tenant_id = '" + tenant + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

}
