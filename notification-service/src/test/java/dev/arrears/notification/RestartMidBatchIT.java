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
import dev.arrears.notification.ledger.MessageIds;
import dev.arrears.notification.provider.twilio.TwilioWire;
import dev.arrears.notification.webhook.WebhookKeys;
import dev.arrears.testsupport.SharedInfrastructure;
import dev.arrears.testsupport.TestKafka;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged notification-service, with SendGrid and Twilio configured and pointed at local servers speaking v3 Mail
 * Send and the Messages API, killed with SIGKILL while a batch of reminders is going out (half by email, half by SMS),
 * then started again. Every reminder was delivered to it twice and once more under a new event id, and is delivered
 * again after the restart. Each recipient must get exactly one provider request: the send in flight at the kill is
 * settled by the provider's signed webhook, not sent again.
 */
class RestartMidBatchIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final int CUSTOMERS = 8;
    /** Every provider call takes this long, so the kill lands while one is in flight. */
    private static final int PROVIDER_LATENCY_MS = 1_000;
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Monday 16 November 2026, 10:00 in Berlin: texts are allowed. The platform clock starts here, once for both runs. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T09:00:00Z");
    private static final String ACCOUNT_SID = TwilioWire.ACCOUNT_SID;
    private static final String AUTH_TOKEN = "restart-test-auth-token";
    private static final String MAIL_SEND = "/v3/mail/send";
    private static final String MESSAGES = TwilioWire.MESSAGES;

    private static final WireMockServer SENDGRID = new WireMockServer(wireMockConfig().dynamicPort());
    private static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());

    private final String tenant = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    private final DunningEvents events = new DunningEvents(tenant);
    private final int port = Ports.anyFree();
    private final Instant clockAnchor = Instant.now();
    private ServiceProcess service;

    /** A request one of the fake providers received: to whom, for which message, and the id the provider gave it. */
    private record ProviderRequest(String provider, String recipient, String messageId, String providerMessageId, Instant at,
                                   ServeEvent event) {
    }

    @BeforeAll
    static void startProviders() {
        SENDGRID.start();
        // SendGrid's answer to an accepted Mail Send: 202, no body, the message's id in X-Message-Id.
        SENDGRID.stubFor(post(urlEqualTo(MAIL_SEND)).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "{{randomValue length=22 type='ALPHANUMERIC'}}")
                .withTransformers("response-template")
                .withFixedDelay(PROVIDER_LATENCY_MS)));
        TWILIO.start();
        // Twilio's answer to a new message: 201 with the Message resource, queued.
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"account_sid": "%s", "api_version": "2010-04-01", "body": "reminder", "direction": "outbound-api",
                         "from": "+4930123456789", "num_segments": "1", "sid": "SM{{randomValue length=32 type='HEXADECIMAL'}}",
                         "status": "queued", "to": "+491700000000"}"""
                        .formatted(ACCOUNT_SID))
                .withTransformers("response-template")
                .withFixedDelay(PROVIDER_LATENCY_MS)));
    }

    @AfterAll
    static void stopProviders() {
        SENDGRID.stop();
        TWILIO.stop();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aReminderDeliveredTwiceAndAReplicaKilledMidBatchEachReachTheProviderOncePerRecipient() throws Exception {
        Map<String, String> reminderOfMessage = new HashMap<>();
        List<String> recipients = new ArrayList<>();
        List<EventEnvelope> published = new ArrayList<>();
        List<ReminderDue> reminders = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            boolean byText = i % 2 == 1;
            String address = byText ? DunningEvents.phone() : events.email("ap" + i);
            String language = byText ? "en" : "de";
            events.customer("C-" + i, language, "Europe/Berlin", byText ? List.of() : List.of(address), byText ? List.of(address) : List.of(),
                    !byText, byText, false);
            Channel channel = byText ? Channel.SMS : Channel.EMAIL;
            ReminderDue reminder = events.reminder("C-" + i, language, channel);
            reminders.add(reminder);
            recipients.add(address);
            reminderOfMessage.put(MessageIds.messageId(reminder.reminderId(), channel, address), reminder.reminderId());
        }
        for (ReminderDue reminder : reminders) {
            EventEnvelope envelope = events.publish(reminder);
            published.add(envelope);
            // A redelivery (same event id) and the dunning engine running the step again (same reminder, new event id).
            DunningEvents.send(envelope);
            events.publish(UUID.randomUUID().toString(), reminder);
        }

        service = start("first");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> requests(recipients).size() >= 3);
        service.kill();
        assertThat(service.exitCode()).isEqualTo(137);
        List<ProviderRequest> beforeKill = requests(recipients);
        assertThat(beforeKill).hasSizeBetween(3, CUSTOMERS - 1);
        String inFlightReminder = reminderOfMessage.get(beforeKill.get(beforeKill.size() - 1).messageId());

        published.forEach(DunningEvents::send);
        service = start("second");
        // The send the kill interrupted may have gone out: it waits for word from the provider rather than going again.
        await().atMost(WAIT).untilAsserted(() -> assertThat(dispatch(inFlightReminder).getList("messages.status"))
                .containsExactly("UNCERTAIN"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(reminders.stream()
                .filter(r -> !r.reminderId().equals(inFlightReminder))
                .map(r -> dispatch(r.reminderId()).getString("status"))).containsOnly("DONE"));

        List<ProviderRequest> accepted = requests(recipients);
        confirmBySendGrid(accepted.stream().filter(r -> r.provider().equals("sendgrid")).toList());
        for (ProviderRequest text : accepted.stream().filter(r -> r.provider().equals("twilio")).toList()) {
            confirmByTwilio(text);
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(reminders.stream().map(r -> dispatch(r.reminderId())))
                .allSatisfy(d -> {
                    assertThat(d.getString("status")).isEqualTo("DONE");
                    assertThat(d.getList("messages.status")).containsExactly("SENT");
                    assertThat(d.getInt("messages[0].attempts")).isEqualTo(1);
                }));
        Map<String, Long> requestsPerRecipient = requests(recipients).stream()
                .collect(Collectors.groupingBy(ProviderRequest::recipient, Collectors.counting()));
        assertThat(requestsPerRecipient).containsOnlyKeys(recipients)
                .allSatisfy((recipient, requests) -> assertThat(requests).as(recipient).isEqualTo(1));
        assertThat(SENDGRID.getAllServeEvents()).hasSize(CUSTOMERS / 2);
        assertThat(TWILIO.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(MESSAGES))).hasSize(CUSTOMERS / 2);

        // The outbox relay delivers at least once, so a crash may repeat a record; never a second event for a message.
        TestKafka.awaitRecords(Topics.NOTIFICATION_EVENTS, this::sentEvent, CUSTOMERS, WAIT);
        Map<String, List<NotificationSent>> sentPerCustomer = TestKafka.allRecords(Topics.NOTIFICATION_EVENTS, this::sentEvent).stream()
                .collect(Collectors.groupingBy(r -> r.header("ce_id"))).values().stream()
                .map(copies -> read(copies.get(0).value()))
                .collect(Collectors.groupingBy(NotificationSent::customerId));
        assertThat(sentPerCustomer).hasSize(CUSTOMERS).allSatisfy((customer, distinct) -> assertThat(distinct).as(customer).hasSize(1));
        NotificationSent settled = sentPerCustomer.values().stream().map(list -> list.get(0))
                .filter(s -> s.sourceEventId().equals(inFlightReminder)).findFirst().orElseThrow();
        ProviderRequest interrupted = beforeKill.get(beforeKill.size() - 1);
        assertThat(settled.provider()).isEqualTo(interrupted.provider());
        assertThat(settled.providerMessageId()).as("known only from the provider's webhook").isEqualTo(interrupted.providerMessageId());
    }

    /** SendGrid's event webhook for every message it accepted: processed, then delivered, signed with the tenant's key. */
    private void confirmBySendGrid(List<ProviderRequest> accepted) throws Exception {
        ArrayNode batch = ArrearsJson.mapper().createArrayNode();
        long timestamp = Instant.now().getEpochSecond();
        for (ProviderRequest send : accepted) {
            JsonNode mail = ArrearsJson.mapper().readTree(send.event().getRequest().getBody());
            for (String event : List.of("processed", "delivered")) {
                ObjectNode e = batch.addObject()
                        .put("email", send.recipient())
                        .put("timestamp", timestamp)
                        .put("event", event)
                        .put("sg_event_id", UUID.randomUUID().toString())
                        .put("sg_message_id", send.providerMessageId() + ".filter0001.1.0");
                mail.path("custom_args").properties().forEach(arg -> e.put(arg.getKey(), arg.getValue().asText()));
            }
        }
        byte[] body = ArrearsJson.mapper().writeValueAsBytes(batch);
        String signedAt = Long.toString(Instant.now().getEpochSecond());
        given().baseUri(service.url()).contentType("application/json")
                .header("X-Twilio-Email-Event-Webhook-Signature", WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), signedAt, body))
                .header("X-Twilio-Email-Event-Webhook-Timestamp", signedAt)
                .body(body).post("/webhooks/sendgrid").then().statusCode(204);
    }

    /** Twilio's status callback to the StatusCallback URL the message was created with: delivered, signed with the auth token. */
    private void confirmByTwilio(ProviderRequest text) throws Exception {
        Map<String, String> form = TwilioWire.form(text.event().getRequest());
        URI callback = URI.create(form.get("StatusCallback"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", ACCOUNT_SID);
        params.put("ApiVersion", "2010-04-01");
        params.put("From", form.get("From"));
        params.put("MessageSid", text.providerMessageId());
        params.put("MessageStatus", "delivered");
        params.put("SmsSid", text.providerMessageId());
        params.put("SmsStatus", "delivered");
        params.put("To", text.recipient());
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", WebhookKeys.twilioSignature(AUTH_TOKEN, callback.toString(), params))
                .formParams(params)
                .post(callback).then().statusCode(204);
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
        env.put("ARREARS_CLOCK_START", MONDAY_MORNING.toString());
        env.put("ARREARS_CLOCK_ANCHOR", clockAnchor.toString());
        env.put("ARREARS_SENDGRID_API_KEY", "SG.restart-test");
        env.put("ARREARS_SENDGRID_BASE_URL", SENDGRID.baseUrl());
        env.put("ARREARS_SENDGRID_WEBHOOK_PUBLIC_KEY", WebhookKeys.publicKeyBase64(WebhookKeys.sendGrid()));
        env.put("ARREARS_TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        env.put("ARREARS_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("ARREARS_TWILIO_BASE_URL", TWILIO.baseUrl());
        env.put("ARREARS_TWILIO_FROM_NUMBER", "+4930123456789");
        env.put("ARREARS_TWILIO_PUBLIC_BASE_URL", "http://localhost:" + port);
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

    /** The requests both providers received for this test's recipients, oldest first. */
    private List<ProviderRequest> requests(List<String> recipients) {
        Stream<ProviderRequest> mails = SENDGRID.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(MAIL_SEND))
                .map(this::mailSend);
        Stream<ProviderRequest> texts = TWILIO.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(MESSAGES))
                .map(this::text);
        return Stream.concat(mails, texts).filter(r -> recipients.contains(r.recipient()))
                .sorted(Comparator.comparing(ProviderRequest::at)).toList();
    }

    private ProviderRequest mailSend(ServeEvent event) {
        try {
            JsonNode mail = ArrearsJson.mapper().readTree(event.getRequest().getBody());
            HttpHeader id = event.getResponse() == null ? null : event.getResponse().getHeaders().getHeader("X-Message-Id");
            return new ProviderRequest("sendgrid", mail.path("personalizations").path(0).path("to").path(0).path("email").asText(),
                    mail.path("custom_args").path("messageId").asText(),
                    id != null && id.isPresent() ? id.firstValue() : unanswered(mail.path("custom_args").path("messageId").asText()),
                    event.getRequest().getLoggedDate().toInstant(), event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProviderRequest text(ServeEvent event) {
        Map<String, String> form = TwilioWire.form(event.getRequest());
        String messageId = URLDecoder.decode(URI.create(form.get("StatusCallback")).getRawQuery().replaceFirst("^.*messageId=", "")
                .replaceFirst("&.*$", ""), StandardCharsets.UTF_8);
        String body = event.getResponse() == null ? null : event.getResponse().getBodyAsString();
        String sid = body == null || body.isBlank() ? unanswered(messageId) : parse(body).path("sid").asText();
        return new ProviderRequest("twilio", form.get("To"), messageId, sid, event.getRequest().getLoggedDate().toInstant(), event);
    }

    /** The provider's id of a message whose answer the killed service never read: the provider still gave it one. */
    private static String unanswered(String messageId) {
        return "unanswered" + messageId.replace("-", "");
    }

    private static JsonNode parse(String json) {
        try {
            return ArrearsJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean sentEvent(TestKafka.Received record) {
        return record.key().startsWith(tenant + ":") && EventType.NOTIFICATION_SENT.type().equals(record.header("ce_type"));
    }

    private static NotificationSent read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, NotificationSent.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
