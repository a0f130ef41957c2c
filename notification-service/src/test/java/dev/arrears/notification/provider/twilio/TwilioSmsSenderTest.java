package dev.arrears.notification.provider.twilio;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;
import dev.arrears.notification.provider.TestMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The Twilio Java SDK against a local server speaking the Messages API: the exact request, and every kind of answer. */
class TwilioSmsSenderTest {

    private static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());

    private TestTwilioConfig config;
    private TwilioApi api;

    @BeforeAll
    static void start() {
        TWILIO.start();
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        TWILIO.resetAll();
        config = TestTwilioConfig.pointingAt(TWILIO.baseUrl());
        api = new TwilioApi(config);
    }

    static Stream<Arguments> languagesAndTones() {
        return Stream.of(
                Arguments.of(TestMessages.sms("en", Tone.FRIENDLY, "+447700900123",
                        "ACME: invoice INV-2 for £250.00 was due on 31 Oct. Pay at https://pay.acme.example/i/INV-2")),
                Arguments.of(TestMessages.sms("de", Tone.FIRM, "+4917612345678",
                        "ACME: Rechnung INV-1 über 1.190,00 € ist seit 14 Tagen überfällig. Bitte zahlen Sie bis 16.11.")),
                Arguments.of(TestMessages.sms("fr", Tone.FINAL_NOTICE, "+33612345678",
                        "ACME : dernier rappel, la facture INV-3 de 3 400,00 € reste impayée.")));
    }

    @ParameterizedTest
    @MethodSource("languagesAndTones")
    void sendsTheExactMessagesRequest(OutgoingMessage message) {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(TwilioWire.messageCreated("SM0123456789abcdef0123456789abcdef", message.to(), "text"))));

        SendOutcome outcome = new TwilioSmsSender(api).send(message);

        assertThat(outcome).isEqualTo(SendOutcome.accepted("SM0123456789abcdef0123456789abcdef"));
        LoggedRequest request = only(TWILIO.findAll(postRequestedFor(urlEqualTo(TwilioWire.MESSAGES))));
        assertThat(request.getHeader("Authorization")).isEqualTo(TwilioWire.BASIC_AUTH);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
        // The SDK addressed Twilio itself; only the connection was routed here.
        assertThat(request.getHeader("Host")).isEqualTo("api.twilio.com");
        assertThat(TwilioWire.form(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "To", message.to(),
                "From", "+4930123456789",
                "Body", message.content().text(),
                "StatusCallback", "https://notify.example.test/webhooks/twilio/status?messageId=" + message.messageId()));
    }

    @Test
    void aMessagingServicePicksTheSender() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(201)
                .withBody(TwilioWire.messageCreated("SM0123456789abcdef0123456789abcdef", "+4917612345678", "text"))));
        OutgoingMessage message = TestMessages.sms("de", Tone.FIRM, "+4917612345678", "Bitte zahlen");

        new TwilioSmsSender(new TwilioApi(config.withMessagingService("MG0123456789abcdef0123456789abcdef").withoutPublicBaseUrl())).send(message);

        assertThat(TwilioWire.form(only(TWILIO.findAll(postRequestedFor(urlEqualTo(TwilioWire.MESSAGES)))))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "To", "+4917612345678",
                "MessagingServiceSid", "MG0123456789abcdef0123456789abcdef",
                "Body", "Bitte zahlen"));
    }

    @Test
    void invalidNumberIsPermanentWithTwiliosCode() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(400)
                .withBody(TwilioWire.error(400, 21211, "The 'To' number +4900 is not a valid phone number."))));

        SendOutcome outcome = new TwilioSmsSender(api).send(aText());

        assertThat(outcome).isEqualTo(new SendOutcome(SendOutcome.Status.PERMANENT, null,
                "400 21211: The 'To' number +4900 is not a valid phone number.", null));
    }

    @Test
    void unsubscribedRecipientIsPermanent() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(400)
                .withBody(TwilioWire.error(400, 21610, "Attempt to send to unsubscribed recipient"))));

        assertThat(new TwilioSmsSender(api).send(aText())).isEqualTo(new SendOutcome(SendOutcome.Status.PERMANENT, null,
                "400 21610: Attempt to send to unsubscribed recipient", null));
    }

    @Test
    void badCredentialsArePermanent() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(401).withBody(TwilioWire.error(401, 20003, "Authenticate"))));

        assertThat(new TwilioSmsSender(api).send(aText())).isEqualTo(new SendOutcome(SendOutcome.Status.PERMANENT, null,
                "401 20003: Authenticate", null));
    }

    @Test
    void rateLimitedIsRetryable() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(429).withBody(TwilioWire.error(429, 20429, "Too Many Requests"))));

        assertThat(new TwilioSmsSender(api).send(aText())).isEqualTo(new SendOutcome(SendOutcome.Status.RETRYABLE, null,
                "429 20429: Too Many Requests", null));
        TWILIO.verify(1, postRequestedFor(urlEqualTo(TwilioWire.MESSAGES)));
    }

    @Test
    void serverErrorIsRetryableAndAskedOnce() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(500).withBody(TwilioWire.error(500, 20500, "Internal Server Error"))));

        SendOutcome outcome = new TwilioSmsSender(api).send(aText());

        assertThat(outcome).isEqualTo(new SendOutcome(SendOutcome.Status.RETRYABLE, null, "500 20500: Internal Server Error", null));
        // The SDK alone would have posted three times; the dispatcher owns retries.
        TWILIO.verify(1, postRequestedFor(urlEqualTo(TwilioWire.MESSAGES)));
    }

    @Test
    void aProxysErrorPageIsRetryable() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        SendOutcome outcome = new TwilioSmsSender(api).send(aText());

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.RETRYABLE);
        assertThat(outcome.detail()).startsWith("unreadable answer from Twilio: ");
    }

    @Test
    void timeoutIsRetryable() {
        TWILIO.stubFor(post(TwilioWire.MESSAGES).willReturn(aResponse().withStatus(201).withFixedDelay(2_000)
                .withBody(TwilioWire.messageCreated("SM0123456789abcdef0123456789abcdef", "+4917612345678", "text"))));

        SendOutcome outcome = new TwilioSmsSender(api).send(aText());

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.RETRYABLE);
        assertThat(outcome.detail()).startsWith("Twilio unreachable: Read timed out");
    }

    @Test
    void configuredOnlyWithSidAndToken() {
        assertThat(new TwilioSmsSender(api).configured()).isTrue();
        assertThat(new TwilioSmsSender(new TwilioApi(config.withoutCredentials())).configured()).isFalse();
    }

    private static OutgoingMessage aText() {
        return TestMessages.sms("de", Tone.FIRM, "+4917612345678", "Bitte zahlen Sie Rechnung INV-1.");
    }

    static LoggedRequest only(List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
