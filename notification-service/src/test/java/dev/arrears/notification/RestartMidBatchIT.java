package dev.arrears.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.notification.NotificationSent;
import dev.arrears.devstack.ChildProcesses;
import dev.arrears.devstack.Ports;
import dev.arrears.devstack.postgres.ServiceDatabase;
import dev.arrears.devstack.service.ServiceProcess;
import dev.arrears.devstack.service.ServiceSpec;
import dev.arrears.notification.webhook.WebhookKeys;
import dev.arrears.testsupport.SharedInfrastructure;
import dev.arrears.testsupport.TestKafka;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged notification-service, with SendGrid configured and pointed at a local server speaking v3 Mail Send,
 * killed with SIGKILL while a batch of reminders is going out, then started again. Every reminder was delivered to it
 * twice and once more under a new event id, and is delivered again after the restart. Each recipient must get exactly
 * one Mail Send: the send in flight at the kill is settled by SendGrid's signed event webhook, not sent again.
 */
class RestartMidBatchIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final int CUSTOMERS = 8;
    /** Every Mail Send takes this long, so the kill lands while one is in flight. */
    private static final int PROVIDER_LATENCY_MS = 1_000;
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static final WireMockServer SENDGRID = new WireMockServer(wireMockConfig().dynamicPort());

    private final String tenant = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    private final DunningEvents events = new DunningEvents(tenant);
    private final int port = Ports.anyFree();
    private ServiceProcess service;

    @BeforeAll
    static void startSendGrid() {
        SENDGRID.start();
        // SendGrid's answer to an accepted Mail Send: 202, no body, the message's id in X-Message-Id.
        SENDGRID.stubFor(post(urlEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "{{randomValue length=22 type='ALPHANUMERIC'}}")
                .withTransformers("response-template")
                .withFixedDelay(PROVIDER_LATENCY_MS)));
    }

    @AfterAll
    static void stopSendGrid() {
        SENDGRID.stop();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aReminderDeliveredTwiceAndAReplicaKilledMidBatchEachReachTheProviderOncePerRecipient() throws Exception {
        Map<String, String> recipients = new HashMap<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            String email = events.email("ap" + i);
            events.customer("C-" + i, i % 2 == 0 ? "de" : "en", "Europe/Berlin", List.of(email), List.of(), true, false, false);
            recipients.put("C-" + i, email);
        }
        List<EventEnvelope> published = new ArrayList<>();
        List<ReminderDue> reminders = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            ReminderDue reminder = events.reminder("C-" + i, i % 2 == 0 ? "de" : "en", Channel.EMAIL);
            reminders.add(reminder);
            EventEnvelope envelope = events.publish(reminder);
            published.add(envelope);
            // A redelivery (same event id) and the dunning engine running the step again (same reminder, new event id).
            DunningEvents.send(envelope);
            events.publish(UUID.randomUUID().toString(), reminder);
        }

        service = start("first");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> mailSends().size() >= 3);
        service.kill();
        assertThat(service.exitCode()).isEqualTo(137);
        List<ServeEvent> beforeKill = mailSends();
        assertThat(beforeKill).hasSizeBetween(3, CUSTOMERS - 1);
        JsonNode inFlight = personalization(beforeKill.get(beforeKill.size() - 1));

        published.forEach(DunningEvents::send);
        service = start("second");
        String inFlightReminder = inFlight.path("custom_args").path("sourceEventId").asText();
        // The send the kill interrupted may have gone out: it waits for word from SendGrid rather than going again.
        await().atMost(WAIT).untilAsserted(() -> assertThat(dispatch(inFlightReminder).getList("messages.status"))
                .containsExactly("UNCERTAIN"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(reminders.stream()
                .filter(r -> !r.reminderId().equals(inFlightReminder))
                .map(r -> dispatch(r.reminderId()).getString("status"))).containsOnly("DONE"));

        Instant delivered = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        postSignedEvents(mailSends(), delivered);

        await().atMost(WAIT).untilAsserted(() -> assertThat(reminders.stream().map(r -> dispatch(r.reminderId())))
                .allSatisfy(d -> {
                    assertThat(d.getString("status")).isEqualTo("DONE");
                    assertThat(d.getList("messages.status")).containsExactly("SENT");
                    assertThat(d.getInt("messages[0].attempts")).isEqualTo(1);
                }));
        Map<String, Long> requestsPerRecipient = mailSends().stream()
                .collect(Collectors.groupingBy(r -> personalization(r).path("to").path(0).path("email").asText(), Collectors.counting()));
        assertThat(requestsPerRecipient).hasSize(CUSTOMERS)
                .containsOnlyKeys(recipients.values())
                .allSatisfy((recipient, requests) -> assertThat(requests).as(recipient).isEqualTo(1));
        SENDGRID.verify(CUSTOMERS, postRequestedFor(urlEqualTo("/v3/mail/send")));

        // The outbox relay delivers at least once, so a crash may repeat a record; never a second event for a message.
        List<TestKafka.Received> sent = TestKafka.awaitRecords(Topics.NOTIFICATION_EVENTS, r -> r.key().startsWith(tenant + ":")
                && EventType.NOTIFICATION_SENT.type().equals(r.header("ce_type")), CUSTOMERS, WAIT);
        Map<String, List<NotificationSent>> sentPerCustomer = TestKafka.allRecords(Topics.NOTIFICATION_EVENTS,
                        r -> r.key().startsWith(tenant + ":") && EventType.NOTIFICATION_SENT.type().equals(r.header("ce_type")))
                .stream().collect(Collectors.groupingBy(r -> r.header("ce_id"))).values().stream()
                .map(copies -> read(copies.get(0).value()))
                .collect(Collectors.groupingBy(NotificationSent::customerId));
        assertThat(sent).isNotEmpty();
        assertThat(sentPerCustomer).hasSize(CUSTOMERS).allSatisfy((customer, distinct) -> assertThat(distinct).as(customer).hasSize(1));
        NotificationSent settled = sentPerCustomer.values().stream().map(list -> list.get(0))
                .filter(s -> s.sourceEventId().equals(inFlightReminder)).findFirst().orElseThrow();
        assertThat(settled.sentAt()).as("sent when SendGrid says it delivered, known only from its webhook").isEqualTo(delivered);
        assertThat(settled.provider()).isEqualTo("sendgrid");
    }

    /** SendGrid's event webhook for every message it accepted: processed, then delivered, signed with the tenant's key. */
    private void postSignedEvents(List<ServeEvent> accepted, Instant delivered) throws Exception {
        ArrayNode batch = ArrearsJson.mapper().createArrayNode();
        for (ServeEvent send : accepted) {
            JsonNode p = personalization(send);
            String providerId = providerMessageId(send);
            for (String event : List.of("processed", "delivered")) {
                ObjectNode e = batch.addObject()
                        .put("email", p.path("to").path(0).path("email").asText())
                        .put("timestamp", delivered.getEpochSecond())
                        .put("event", event)
                        .put("sg_event_id", UUID.randomUUID().toString())
                        .put("sg_message_id", providerId + ".filter0001.1.0");
                p.path("custom_args").properties().forEach(arg -> e.put(arg.getKey(), arg.getValue().asText()));
            }
        }
        byte[] body = ArrearsJson.mapper().writeValueAsBytes(batch);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        given().baseUri(service.url()).contentType("application/json")
                .header("X-Twilio-Email-Event-Webhook-Signature", WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), timestamp, body))
                .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
                .body(body).post("/webhooks/sendgrid").then().statusCode(204);
    }

    private ServiceProcess start(String name) throws IOException {
        ServiceSpec spec = ServiceSpec.ALL.stream().filter(s -> s.name().equals("notification-service")).findFirst().orElseThrow();
        ServiceDatabase db = ServiceDatabase.NOTIFICATION;
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db.reactiveUrl("localhost", infrastructure.postgresPort()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl("localhost", infrastructure.postgresPort()));
        env.put("ARREARS_SENDGRID_API_KEY", "SG.restart-test");
        env.put("ARREARS_SENDGRID_BASE_URL", SENDGRID.baseUrl());
        env.put("ARREARS_SENDGRID_WEBHOOK_PUBLIC_KEY", WebhookKeys.publicKeyBase64(WebhookKeys.sendGrid()));
        // A dead replica's claims and its PENDING sends are taken up after seconds here, minutes in production.
        env.put("ARREARS_NOTIFICATION_DISPATCHER_LEASE", "10s");
        env.put("ARREARS_NOTIFICATION_RECONCILE_PENDING_TIMEOUT", "10s");
        // The killed consumer leaves the group after the broker's minimum session timeout instead of 45 s.
        List<String> jvm = List.of("-Dmp.messaging.incoming.dunning-events.session.timeout.ms=6000",
                "-Dmp.messaging.incoming.invoice-events.session.timeout.ms=6000");
        Path log = Path.of("target", "restart-mid-batch", name + ".log");
        Files.deleteIfExists(log);
        ServiceProcess started = ServiceProcess.start(spec, JAR.toAbsolutePath(), port, jvm, env, log);
        Instant deadline = Instant.now().plus(WAIT);
        while (!started.isReady()) {
            if (!started.isAlive() || Instant.now().isAfter(deadline)) {
                started.close();
                throw new AssertionError("notification-service did not become ready:\n" + ChildProcesses.tail(log, 40));
            }
            ChildProcesses.sleep(Duration.ofMillis(200));
        }
        return started;
    }

    private JsonPath dispatch(String reminderId) {
        return given().baseUri(service.url()).get("/api/v1/tenants/{t}/dispatches/{id}", tenant, reminderId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The Mail Sends of this test's tenant SendGrid received, oldest first. */
    private List<ServeEvent> mailSends() {
        return SENDGRID.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/v3/mail/send"))
                .filter(e -> personalization(e).path("custom_args").path("tenantId").asText().equals(tenant))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    /** The id SendGrid answered with; the send the kill interrupted never got its answer, but SendGrid still gives it an id. */
    private static String providerMessageId(ServeEvent send) {
        HttpHeader header = send.getResponse() == null ? null : send.getResponse().getHeaders().getHeader("X-Message-Id");
        return header != null && header.isPresent() ? header.firstValue() : "sg" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The first personalization of a Mail Send, with the mail's custom_args (our message, reminder and tenant ids). */
    private static JsonNode personalization(ServeEvent send) {
        try {
            JsonNode mail = ArrearsJson.mapper().readTree(send.getRequest().getBody());
            ObjectNode merged = ((ObjectNode) mail.path("personalizations").path(0)).deepCopy();
            if (mail.has("custom_args")) {
                merged.set("custom_args", mail.get("custom_args"));
            }
            return merged;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static NotificationSent read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, NotificationSent.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
