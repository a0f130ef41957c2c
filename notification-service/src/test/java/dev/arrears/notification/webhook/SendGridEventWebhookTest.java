package dev.arrears.notification.webhook;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdate.Kind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** POST /webhooks/sendgrid: SendGrid's Signed Event Webhook, signed as SendGrid signs, and forged in the ways it can be. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class SendGridEventWebhookTest {

    private static final String EVENTS = """
            [
              {"email":"buchhaltung@mueller.example","timestamp":1793610000,"event":"processed","sg_event_id":"e0","sg_message_id":"W9aXZ4ifQpmRAPbcBpKsyw.filter0001.1.0","messageId":"m-1","sourceEventId":"rem-1","tenantId":"acme"},
              {"email":"buchhaltung@mueller.example","timestamp":1793610005,"event":"delivered","response":"250 OK","sg_event_id":"e1","sg_message_id":"W9aXZ4ifQpmRAPbcBpKsyw.filter0001.1.0","messageId":"m-1","sourceEventId":"rem-1","tenantId":"acme"},
              {"email":"buchhaltung@mueller.example","timestamp":1793610060,"event":"open","sg_event_id":"e2","sg_message_id":"W9aXZ4ifQpmRAPbcBpKsyw.filter0001.1.0","useragent":"Mozilla/5.0","messageId":"m-1","sourceEventId":"rem-1","tenantId":"acme"},
              {"email":"buchhaltung@mueller.example","timestamp":1793610120,"event":"click","url":"https://pay.acme.example/i/INV-1","sg_event_id":"e3","sg_message_id":"W9aXZ4ifQpmRAPbcBpKsyw.filter0001.1.0","messageId":"m-1","sourceEventId":"rem-1","tenantId":"acme"},
              {"email":"nobody@gone.example","timestamp":1793610200,"event":"bounce","type":"bounce","status":"5.1.1","reason":"550 5.1.1 user unknown","sg_event_id":"e4","sg_message_id":"Xb1.filter0002.1.0","messageId":"m-2","sourceEventId":"rem-2","tenantId":"acme"},
              {"email":"ap@strict.example","timestamp":1793610300,"event":"bounce","type":"blocked","status":"4.0.0","reason":"550 blocked by policy","sg_event_id":"e5","sg_message_id":"Xb2.filter0002.1.0","messageId":"m-3","sourceEventId":"rem-3","tenantId":"acme"},
              {"email":"old@suppressed.example","timestamp":1793610400,"event":"dropped","reason":"Bounced Address","sg_event_id":"e6","sg_message_id":"Xb3.filter0002.1.0","messageId":"m-4","sourceEventId":"rem-4","tenantId":"acme"},
              {"email":"angry@customer.example","timestamp":1793610500,"event":"spamreport","sg_event_id":"e7","sg_message_id":"Xb4.filter0002.1.0","messageId":"m-5","sourceEventId":"rem-5","tenantId":"acme"},
              {"email":"angry@customer.example","timestamp":1793610600,"event":"unsubscribe","sg_event_id":"e8","sg_message_id":"Xb4.filter0002.1.0","messageId":"m-5","sourceEventId":"rem-5","tenantId":"acme"},
              {"email":"back@customer.example","timestamp":1793610700,"event":"group_resubscribe","asm_group_id":1,"sg_event_id":"e9","sg_message_id":"Xb5.filter0002.1.0"},
              {"email":"slow@customer.example","timestamp":1793610800,"event":"deferred","response":"451 try later","attempt":"1","sg_event_id":"e10","sg_message_id":"Xb6.filter0002.1.0"},
              {"email":"new@customer.example","timestamp":1793610900,"event":"some_future_event","sg_event_id":"e11"}
            ]
            """;

    @Inject
    CollectedDeliveryUpdates updates;

    @BeforeEach
    void clear() {
        updates.clear();
    }

    @Test
    void validSignatureRecordsEveryEventThatMatters() throws Exception {
        byte[] body = EVENTS.getBytes(StandardCharsets.UTF_8);
        String timestamp = now();

        post(body, WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), timestamp, body), timestamp).statusCode(204);

        assertThat(updates.received()).containsExactly(
                update("m-1", "W9aXZ4ifQpmRAPbcBpKsyw", Kind.DELIVERED, "buchhaltung@mueller.example", 1793610005, null, null),
                update("m-1", "W9aXZ4ifQpmRAPbcBpKsyw", Kind.OPENED, "buchhaltung@mueller.example", 1793610060, null, null),
                update("m-1", "W9aXZ4ifQpmRAPbcBpKsyw", Kind.CLICKED, "buchhaltung@mueller.example", 1793610120, null, "https://pay.acme.example/i/INV-1"),
                update("m-2", "Xb1", Kind.BOUNCED, "nobody@gone.example", 1793610200, "5.1.1 550 5.1.1 user unknown", null),
                update("m-3", "Xb2", Kind.FAILED, "ap@strict.example", 1793610300, "4.0.0 550 blocked by policy", null),
                update("m-4", "Xb3", Kind.DROPPED, "old@suppressed.example", 1793610400, "Bounced Address", null),
                update("m-5", "Xb4", Kind.SPAM_REPORT, "angry@customer.example", 1793610500, null, null),
                update("m-5", "Xb4", Kind.OPTED_OUT, "angry@customer.example", 1793610600, null, null),
                update(null, "Xb5", Kind.OPTED_IN, "back@customer.example", 1793610700, null, null));
    }

    @Test
    void missingSignatureIsRefused() {
        given().contentType("application/json").body(EVENTS.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/sendgrid")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", is(401))
                .body("type", is("https://arrears.dev/problems/invalid-signature"))
                .body("detail", is("missing X-Twilio-Email-Event-Webhook-Signature or X-Twilio-Email-Event-Webhook-Timestamp"));
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void signatureByAnotherKeyIsRefused() throws Exception {
        byte[] body = EVENTS.getBytes(StandardCharsets.UTF_8);
        String timestamp = now();

        post(body, WebhookKeys.sendGridSignature(WebhookKeys.forger(), timestamp, body), timestamp)
                .statusCode(401).contentType("application/problem+json").body("detail", is("signature does not match"));
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void bodyChangedAfterSigningIsRefused() throws Exception {
        byte[] signed = EVENTS.getBytes(StandardCharsets.UTF_8);
        byte[] sent = EVENTS.replace("\"event\":\"delivered\"", "\"event\":\"unsubscribe\"").getBytes(StandardCharsets.UTF_8);
        String timestamp = now();

        post(sent, WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), timestamp, signed), timestamp).statusCode(401);
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void timestampChangedAfterSigningIsRefused() throws Exception {
        byte[] body = EVENTS.getBytes(StandardCharsets.UTF_8);
        String timestamp = now();

        post(body, WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), timestamp, body), String.valueOf(Long.parseLong(timestamp) - 1))
                .statusCode(401).body("detail", is("signature does not match"));
    }

    @Test
    void staleTimestampIsRefusedThoughSigned() throws Exception {
        byte[] body = EVENTS.getBytes(StandardCharsets.UTF_8);
        String dayAndHourAgo = String.valueOf(Instant.now().minusSeconds(25 * 3600).getEpochSecond());

        post(body, WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), dayAndHourAgo, body), dayAndHourAgo)
                .statusCode(401).body("detail", is("timestamp outside the accepted window"));
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void signedButNotJsonIsABadRequest() throws Exception {
        byte[] body = "delivered!".getBytes(StandardCharsets.UTF_8);
        String timestamp = now();

        post(body, WebhookKeys.sendGridSignature(WebhookKeys.sendGrid(), timestamp, body), timestamp)
                .statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse post(byte[] body, String signature, String timestamp) {
        return given().contentType("application/json")
                .header("X-Twilio-Email-Event-Webhook-Signature", signature)
                .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
                .body(body)
                .when().post("/webhooks/sendgrid")
                .then();
    }

    private static DeliveryUpdate update(String messageId, String id, Kind kind, String email, long at, String detail, String url) {
        return new DeliveryUpdate(messageId, id, Channel.EMAIL, kind, email, Instant.ofEpochSecond(at), detail, url);
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }
}
