package dev.arrears.notification.provider.sendgrid;

import com.github.tomakehurst.wiremock.WireMockServer;
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

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The SendGrid Java SDK against a local server speaking v3 Mail Send: the exact request, and every kind of answer. */
class SendGridEmailSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
    private static final WireMockServer SENDGRID = new WireMockServer(wireMockConfig().dynamicPort());

    private SendGridEmailSender sender;

    @BeforeAll
    static void start() {
        SENDGRID.start();
    }

    @AfterAll
    static void stop() {
        SENDGRID.stop();
    }

    @BeforeEach
    void reset() {
        SENDGRID.resetAll();
        sender = new SendGridEmailSender(TestSendGridConfig.pointingAt(SENDGRID.baseUrl()), CLOCK);
    }

    static Stream<Arguments> languagesAndTones() {
        return Stream.of(
                Arguments.of(TestMessages.email("de", Tone.FIRM, "buchhaltung@mueller.example", "Zweite Mahnung: Rechnung INV-1 über 1.190,00 €",
                        "Sehr geehrte Damen und Herren,\nRechnung INV-1 über 1.190,00 € ist seit 14 Tagen fällig.",
                        "<p>Sehr geehrte Damen und Herren,</p><p>Rechnung INV-1 über <b>1.190,00 €</b> ist seit 14 Tagen fällig.</p>"),
                        "overdue-firm", "firm"),
                Arguments.of(TestMessages.email("en", Tone.FRIENDLY, "ap@smith.example", "A friendly reminder: invoice INV-2",
                        "Dear Smith Ltd,\ninvoice INV-2 for £250.00 was due on 31 October 2026.",
                        "<p>Dear Smith Ltd,</p><p>invoice INV-2 for £250.00 was due on 31 October 2026.</p>"),
                        "overdue-friendly", "friendly"),
                Arguments.of(TestMessages.email("fr", Tone.FINAL_NOTICE, "compta@dupont.example", "Mise en demeure : facture INV-3",
                        "Madame, Monsieur,\nla facture INV-3 de 3 400,00 € reste impayée.",
                        "<p>Madame, Monsieur,</p><p>la facture INV-3 de 3&nbsp;400,00&nbsp;€ reste impayée.</p>"),
                        "overdue-final-notice", "final_notice"),
                Arguments.of(TestMessages.email("es", Tone.FIRM, "cuentas@garcia.example", "Segundo aviso: factura INV-4",
                        "Estimados señores:\nla factura INV-4 por 980,00 € sigue pendiente.",
                        "<p>Estimados señores:</p><p>la factura INV-4 por 980,00&nbsp;€ sigue pendiente.</p>"),
                        "overdue-firm", "firm"));
    }

    @ParameterizedTest
    @MethodSource("languagesAndTones")
    void sendsTheExactMailSendRequest(OutgoingMessage message, String template, String tone) {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "W9aXZ4ifQpmRAPbcBpKsyw")));

        SendOutcome outcome = sender.send(message);

        assertThat(outcome).isEqualTo(SendOutcome.accepted("W9aXZ4ifQpmRAPbcBpKsyw"));
        String subject = message.content().subject();
        SENDGRID.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer SG.test-key"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("sendgrid/4.10.3;java"))
                .withRequestBody(equalToJson("""
                        {
                          "from": {"name": "ACME Forderungsmanagement", "email": "collections@acme.example"},
                          "subject": %s,
                          "personalizations": [{"to": [{"email": %s}]}],
                          "content": [
                            {"type": "text/plain", "value": %s},
                            {"type": "text/html", "value": %s}
                          ],
                          "categories": ["arrears", "template:%s", "tone:%s"],
                          "custom_args": {"messageId": %s, "sourceEventId": "rem-4711", "tenantId": "acme"},
                          "reply_to": {"email": "ar@acme.example"}
                        }
                        """.formatted(json(subject), json(message.to()), json(message.content().text()), json(message.content().html()),
                        template, tone, json(message.messageId())))));
    }

    @Test
    void rateLimitedIsRetryableAfterWhatSendGridAsked() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withBody("{\"errors\":[{\"field\":null,\"message\":\"too many requests\"}]}")));

        SendOutcome outcome = sender.send(anEmail());

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.RETRYABLE);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(outcome.detail()).isEqualTo("429: too many requests");
    }

    @Test
    void rateLimitedWithOnlyTheResetHeaderWaitsUntilTheReset() {
        long reset = CLOCK.instant().plusSeconds(42).getEpochSecond();
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", String.valueOf(reset))
                .withBody("{\"errors\":[{\"field\":null,\"message\":\"too many requests\"}]}")));

        assertThat(sender.send(anEmail()).retryAfter()).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void serverErrorIsRetryable() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(500)
                .withBody("{\"errors\":[{\"field\":null,\"message\":\"internal error\"}]}")));

        SendOutcome outcome = sender.send(anEmail());

        assertThat(outcome).isEqualTo(new SendOutcome(SendOutcome.Status.RETRYABLE, null, "500: internal error", null));
    }

    @Test
    void badRequestIsPermanentWithSendGridsMessage() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(400).withBody("""
                {"errors":[{"message":"Does not contain a valid address.","field":"personalizations.0.to.0.email","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to"}]}
                """)));

        SendOutcome outcome = sender.send(anEmail());

        assertThat(outcome).isEqualTo(new SendOutcome(SendOutcome.Status.PERMANENT, null,
                "400: Does not contain a valid address. (personalizations.0.to.0.email)", null));
    }

    @Test
    void badKeyIsPermanent() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(401)
                .withBody("{\"errors\":[{\"field\":null,\"message\":\"The provided authorization grant is invalid, expired, or revoked\"}]}")));

        SendOutcome outcome = sender.send(anEmail());

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.PERMANENT);
        assertThat(outcome.detail()).isEqualTo("401: The provided authorization grant is invalid, expired, or revoked");
    }

    @Test
    void timeoutIsRetryable() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withFixedDelay(2_000)));

        SendOutcome outcome = sender.send(anEmail());

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.RETRYABLE);
        assertThat(outcome.detail()).startsWith("SendGrid unreachable: java.net.SocketTimeoutException");
    }

    @Test
    void connectionRefusedIsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SendGridEmailSender unreachable = new SendGridEmailSender(TestSendGridConfig.pointingAt("http://localhost:" + closedPort), CLOCK);

        SendOutcome outcome = unreachable.send(anEmail());

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.RETRYABLE);
        assertThat(outcome.detail()).contains("Connection refused");
    }

    @Test
    void configuredOnlyWithAnApiKey() {
        assertThat(sender.configured()).isTrue();
        assertThat(new SendGridEmailSender(TestSendGridConfig.pointingAt(SENDGRID.baseUrl()).withoutKey(), CLOCK).configured()).isFalse();
    }

    private static OutgoingMessage anEmail() {
        return TestMessages.email("en", Tone.FRIENDLY, "ap@smith.example", "Reminder", "text", "<p>html</p>");
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
