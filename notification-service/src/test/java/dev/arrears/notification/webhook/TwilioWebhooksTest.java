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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Twilio's status callbacks, inbound texts and key presses, signed as Twilio signs them for our public URL, and forged. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class TwilioWebhooksTest {

    private static final String SMS_SID = "SM0123456789abcdef0123456789abcdef";
    private static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";
    private static final String CUSTOMER = "+4917612345678";
    private static final String OUR_NUMBER = "+4930123456789";

    @Inject
    CollectedDeliveryUpdates updates;

    private Instant before;

    @BeforeEach
    void clear() {
        updates.clear();
        before = Instant.now();
    }

    @Test
    void deliveredText() throws Exception {
        signedPost("/webhooks/twilio/status", "messageId=msg-sms-1", smsStatus("delivered", null)).statusCode(204);

        assertUpdates(new DeliveryUpdate("msg-sms-1", SMS_SID, Channel.SMS, Kind.DELIVERED, CUSTOMER, null, null, null));
    }

    @Test
    void undeliveredTextFails() throws Exception {
        signedPost("/webhooks/twilio/status", "messageId=msg-sms-1", smsStatus("undelivered", "30003")).statusCode(204);

        assertUpdates(new DeliveryUpdate("msg-sms-1", SMS_SID, Channel.SMS, Kind.FAILED, CUSTOMER, null, "undelivered 30003", null));
    }

    @Test
    void textToANumberThatSaidStopFailsAndOptsOut() throws Exception {
        signedPost("/webhooks/twilio/status", "messageId=msg-sms-1", smsStatus("failed", "21610")).statusCode(204);

        assertUpdates(new DeliveryUpdate("msg-sms-1", SMS_SID, Channel.SMS, Kind.FAILED, CUSTOMER, null, "failed 21610", null),
                new DeliveryUpdate("msg-sms-1", SMS_SID, Channel.SMS, Kind.OPTED_OUT, CUSTOMER, null, "error 21610", null));
    }

    @Test
    void interimStatusChangesNothing() throws Exception {
        signedPost("/webhooks/twilio/status", "messageId=msg-sms-1", smsStatus("sent", null)).statusCode(204);

        assertThat(updates.received()).isEmpty();
    }

    @Test
    void unansweredCallFailsAndAnsweredCallIsDelivered() throws Exception {
        signedPost("/webhooks/twilio/status", "messageId=msg-voice-1", callStatus("no-answer")).statusCode(204);
        signedPost("/webhooks/twilio/status", "messageId=msg-voice-2", callStatus("completed")).statusCode(204);

        assertUpdates(new DeliveryUpdate("msg-voice-1", CALL_SID, Channel.VOICE, Kind.FAILED, CUSTOMER, null, "no-answer", null),
                new DeliveryUpdate("msg-voice-2", CALL_SID, Channel.VOICE, Kind.DELIVERED, CUSTOMER, null, null, null));
    }

    @Test
    void stopOptsOutAndIsAnsweredWithEmptyTwiml() throws Exception {
        signedPost("/webhooks/twilio/inbound", null, inbound(" Stop ")).statusCode(200)
                .contentType("text/xml")
                .body(is("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"));

        assertUpdates(new DeliveryUpdate("SMfedcba9876543210fedcba9876543210", Channel.SMS, Kind.OPTED_OUT, CUSTOMER, null, "STOP", null));
    }

    @Test
    void everyOptOutAndOptInKeyword() throws Exception {
        for (String keyword : List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "start", "YES", "Unstop")) {
            signedPost("/webhooks/twilio/inbound", null, inbound(keyword)).statusCode(200);
        }

        assertThat(updates.received()).extracting(DeliveryUpdate::kind).containsExactly(
                Kind.OPTED_OUT, Kind.OPTED_OUT, Kind.OPTED_OUT, Kind.OPTED_OUT, Kind.OPTED_OUT, Kind.OPTED_OUT,
                Kind.OPTED_IN, Kind.OPTED_IN, Kind.OPTED_IN);
    }

    @Test
    void anyOtherTextIsAnsweredAndChangesNothing() throws Exception {
        signedPost("/webhooks/twilio/inbound", null, inbound("I paid yesterday, please stop calling")).statusCode(200)
                .body(is("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"));

        assertThat(updates.received()).isEmpty();
    }

    @Test
    void missingSignatureIsRefused() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(form(inbound("STOP")))
                .when().post("/webhooks/twilio/inbound")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", is(401))
                .body("detail", is("missing X-Twilio-Signature"))
                .body("field", is("X-Twilio-Signature"));

        assertThat(updates.received()).isEmpty();
    }

    @Test
    void signatureWithAnotherTokenIsRefused() throws Exception {
        Map<String, String> params = smsStatus("delivered", null);
        String url = WebhookKeys.PUBLIC_BASE_URL + "/webhooks/twilio/status?messageId=msg-sms-1";

        post("/webhooks/twilio/status?messageId=msg-sms-1", params, WebhookKeys.twilioSignature("not-our-token", url, params))
                .statusCode(401).body("detail", is("signature does not match"));
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void signatureForTheAddressWeSeeInsteadOfThePublicOneIsRefused() throws Exception {
        Map<String, String> params = smsStatus("delivered", null);
        String local = "http://localhost:8081/webhooks/twilio/status?messageId=msg-sms-1";

        post("/webhooks/twilio/status?messageId=msg-sms-1", params, WebhookKeys.twilioSignature(WebhookKeys.TWILIO_AUTH_TOKEN, local, params))
                .statusCode(401);
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void parameterChangedAfterSigningIsRefused() throws Exception {
        Map<String, String> signed = smsStatus("delivered", null);
        Map<String, String> sent = smsStatus("undelivered", "30003");
        String url = WebhookKeys.PUBLIC_BASE_URL + "/webhooks/twilio/status?messageId=msg-sms-1";

        post("/webhooks/twilio/status?messageId=msg-sms-1", sent, WebhookKeys.twilioSignature(WebhookKeys.TWILIO_AUTH_TOKEN, url, signed))
                .statusCode(401);
        // The query string is signed too: the same form moved to another message is refused.
        post("/webhooks/twilio/status?messageId=msg-sms-2", signed, WebhookKeys.twilioSignature(WebhookKeys.TWILIO_AUTH_TOKEN, url, signed))
                .statusCode(401);
        assertThat(updates.received()).isEmpty();
    }

    @Test
    void pressingOneConnectsToTheTenantsCollectionsNumber() throws Exception {
        signedPost("/webhooks/twilio/voice/gather", "tenantId=acme&messageId=msg-voice-1", keyPress("1")).statusCode(200)
                .contentType("text/xml")
                .body(is("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial>+4930987654321</Dial></Response>"));
        signedPost("/webhooks/twilio/voice/gather", "tenantId=acme&messageId=msg-voice-1", keyPress("9")).statusCode(200)
                .body(is("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>"));
        signedPost("/webhooks/twilio/voice/gather", "tenantId=globex&messageId=msg-voice-2", keyPress("1")).statusCode(200)
                .body(is("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>"));
    }

    @Test
    void unsignedKeyPressIsRefused() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(form(keyPress("1")))
                .when().post("/webhooks/twilio/voice/gather?tenantId=acme&messageId=msg-voice-1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private ValidatableResponse signedPost(String path, String query, Map<String, String> params) throws Exception {
        String pathAndQuery = query == null ? path : path + "?" + query;
        String signature = WebhookKeys.twilioSignature(WebhookKeys.TWILIO_AUTH_TOKEN, WebhookKeys.PUBLIC_BASE_URL + pathAndQuery, params);
        return post(pathAndQuery, params, signature);
    }

    private static ValidatableResponse post(String pathAndQuery, Map<String, String> params, String signature) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signature)
                .body(form(params))
                .when().post(pathAndQuery)
                .then();
    }

    /** Received times come from the clock: compared by range, the rest exactly. */
    private void assertUpdates(DeliveryUpdate... expected) {
        List<DeliveryUpdate> received = updates.received();
        assertThat(received).allSatisfy(update -> assertThat(update.at()).isBetween(before, Instant.now()));
        assertThat(received).usingRecursiveFieldByFieldElementComparatorIgnoringFields("at").containsExactly(expected);
    }

    private static Map<String, String> smsStatus(String status, String errorCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        params.put("ApiVersion", "2010-04-01");
        params.put("From", OUR_NUMBER);
        params.put("MessageSid", SMS_SID);
        params.put("MessageStatus", status);
        params.put("SmsSid", SMS_SID);
        params.put("SmsStatus", status);
        params.put("To", CUSTOMER);
        if (errorCode != null) {
            params.put("ErrorCode", errorCode);
        }
        return params;
    }

    private static Map<String, String> callStatus(String status) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        params.put("ApiVersion", "2010-04-01");
        params.put("CallSid", CALL_SID);
        params.put("CallStatus", status);
        params.put("Called", CUSTOMER);
        params.put("Caller", OUR_NUMBER);
        params.put("Direction", "outbound-api");
        params.put("From", OUR_NUMBER);
        params.put("To", CUSTOMER);
        params.put("CallDuration", "completed".equals(status) ? "42" : "0");
        return params;
    }

    private static Map<String, String> inbound(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        params.put("ApiVersion", "2010-04-01");
        params.put("Body", body);
        params.put("From", CUSTOMER);
        params.put("FromCountry", "DE");
        params.put("MessageSid", "SMfedcba9876543210fedcba9876543210");
        params.put("NumMedia", "0");
        params.put("NumSegments", "1");
        params.put("SmsMessageSid", "SMfedcba9876543210fedcba9876543210");
        params.put("SmsStatus", "received");
        params.put("To", OUR_NUMBER);
        return params;
    }

    private static Map<String, String> keyPress(String digits) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        params.put("CallSid", CALL_SID);
        params.put("CallStatus", "in-progress");
        params.put("Digits", digits);
        params.put("From", OUR_NUMBER);
        params.put("To", CUSTOMER);
        return params;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
