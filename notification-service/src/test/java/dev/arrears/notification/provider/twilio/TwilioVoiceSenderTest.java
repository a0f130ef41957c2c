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

import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.arrears.notification.provider.twilio.TwilioSmsSenderTest.only;
import static org.assertj.core.api.Assertions.assertThat;

/** The Twilio Java SDK against a local server speaking the Calls API: the exact request with its TwiML, and the answers. */
class TwilioVoiceSenderTest {

    private static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private TestTwilioConfig config;

    @BeforeAll
    static void start() {
        TWILIO.start();
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
    }

    @BeforeEach
    void reset() {
        TWILIO.resetAll();
        config = TestTwilioConfig.pointingAt(TWILIO.baseUrl());
    }

    static Stream<Arguments> languagesAndTones() {
        return Stream.of(
                Arguments.of(TestMessages.voice("de", Tone.FIRM, "+4917612345678",
                        "Guten Tag, hier ist ACME. Ihre Rechnung INV-1 über 1.190,00 Euro ist seit 14 Tagen überfällig."),
                        XML + "<Response><Say language=\"de-DE\">Guten Tag, hier ist ACME. Ihre Rechnung INV-1 über 1.190,00 Euro ist seit 14 Tagen überfällig.</Say>"
                                + "<Gather action=\"https://notify.example.test/webhooks/twilio/voice/gather?tenantId=acme&amp;messageId=msg-voice-de-firm\""
                                + " method=\"POST\" numDigits=\"1\" timeout=\"5\">"
                                + "<Say language=\"de-DE\">Um mit einem Mitarbeiter unserer Forderungsabteilung zu sprechen, drücken Sie die 1.</Say></Gather>"
                                + "<Say language=\"de-DE\">Auf Wiederhören.</Say></Response>"),
                Arguments.of(TestMessages.voice("en", Tone.FRIENDLY, "+447700900123",
                        "Hello, this is ACME calling about invoice INV-2 for 250 pounds, due on the 31st of October."),
                        XML + "<Response><Say language=\"en-GB\">Hello, this is ACME calling about invoice INV-2 for 250 pounds, due on the 31st of October.</Say>"
                                + "<Gather action=\"https://notify.example.test/webhooks/twilio/voice/gather?tenantId=acme&amp;messageId=msg-voice-en-friendly\""
                                + " method=\"POST\" numDigits=\"1\" timeout=\"5\">"
                                + "<Say language=\"en-GB\">To speak to a member of our collections team, press 1.</Say></Gather>"
                                + "<Say language=\"en-GB\">Goodbye.</Say></Response>"),
                Arguments.of(TestMessages.voice("fr", Tone.FINAL_NOTICE, "+33612345678",
                        "Bonjour, ici ACME. La facture INV-3 de 3 400 euros reste impayée malgré nos relances."),
                        XML + "<Response><Say language=\"fr-FR\">Bonjour, ici ACME. La facture INV-3 de 3 400 euros reste impayée malgré nos relances.</Say>"
                                + "<Gather action=\"https://notify.example.test/webhooks/twilio/voice/gather?tenantId=acme&amp;messageId=msg-voice-fr-final_notice\""
                                + " method=\"POST\" numDigits=\"1\" timeout=\"5\">"
                                + "<Say language=\"fr-FR\">Pour parler à un conseiller de notre service de recouvrement, appuyez sur 1.</Say></Gather>"
                                + "<Say language=\"fr-FR\">Au revoir.</Say></Response>"));
    }

    @ParameterizedTest
    @MethodSource("languagesAndTones")
    void sendsTheExactCallsRequest(OutgoingMessage message, String twiml) {
        TWILIO.stubFor(post(TwilioWire.CALLS).willReturn(aResponse().withStatus(201).withBody(TwilioWire.callCreated(CALL_SID, message.to()))));

        SendOutcome outcome = new TwilioVoiceSender(new TwilioApi(config)).send(message);

        assertThat(outcome).isEqualTo(SendOutcome.accepted(CALL_SID));
        LoggedRequest request = only(TWILIO.findAll(postRequestedFor(urlEqualTo(TwilioWire.CALLS))));
        assertThat(request.getHeader("Authorization")).isEqualTo(TwilioWire.BASIC_AUTH);
        assertThat(request.getHeader("Host")).isEqualTo("api.twilio.com");
        assertThat(TwilioWire.form(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "To", message.to(),
                "From", "+4930123456789",
                "Twiml", twiml,
                "StatusCallback", "https://notify.example.test/webhooks/twilio/status?messageId=" + message.messageId()));
    }

    @Test
    void aTenantWithoutACollectionsNumberGetsNoMenu() {
        TWILIO.stubFor(post(TwilioWire.CALLS).willReturn(aResponse().withStatus(201).withBody(TwilioWire.callCreated(CALL_SID, "+34612345678"))));
        OutgoingMessage message = TestMessages.voice("es", Tone.FIRM, "+34612345678", "Hola, le llama ACME por la factura INV-4.");
        OutgoingMessage otherTenant = new OutgoingMessage(message.messageId(), message.sourceEventId(), "globex", "C-7", message.channel(),
                message.to(), message.content());

        new TwilioVoiceSender(new TwilioApi(config)).send(otherTenant);

        assertThat(TwilioWire.form(only(TWILIO.findAll(postRequestedFor(urlEqualTo(TwilioWire.CALLS))))).get("Twiml")).isEqualTo(XML
                + "<Response><Say language=\"es-ES\">Hola, le llama ACME por la factura INV-4.</Say><Say language=\"es-ES\">Adiós.</Say></Response>");
    }

    @Test
    void aLanguageWithoutATranslatedMenuIsReadInItsOwnVoiceWithAnEnglishMenu() {
        TWILIO.stubFor(post(TwilioWire.CALLS).willReturn(aResponse().withStatus(201).withBody(TwilioWire.callCreated(CALL_SID, "+31612345678"))));

        new TwilioVoiceSender(new TwilioApi(config.withoutPublicBaseUrl()))
                .send(TestMessages.voice("nl", Tone.FIRM, "+31612345678", "Goedendag, u spreekt met ACME."));

        Map<String, String> form = TwilioWire.form(only(TWILIO.findAll(postRequestedFor(urlEqualTo(TwilioWire.CALLS)))));
        // Without a public address there is neither a status callback nor a menu to post the key press to.
        assertThat(form).doesNotContainKey("StatusCallback");
        assertThat(form.get("Twiml")).isEqualTo(XML
                + "<Response><Say language=\"nl-NL\">Goedendag, u spreekt met ACME.</Say><Say language=\"en-GB\">Goodbye.</Say></Response>");
    }

    @Test
    void aNumberThatCannotBeCalledIsPermanent() {
        TWILIO.stubFor(post(TwilioWire.CALLS).willReturn(aResponse().withStatus(400)
                .withBody(TwilioWire.error(400, 21215, "Account not authorized to call +4917612345678."))));

        assertThat(new TwilioVoiceSender(new TwilioApi(config)).send(aCall())).isEqualTo(new SendOutcome(SendOutcome.Status.PERMANENT, null,
                "400 21215: Account not authorized to call +4917612345678.", null));
    }

    @Test
    void serverErrorIsRetryableAndAskedOnce() {
        TWILIO.stubFor(post(TwilioWire.CALLS).willReturn(aResponse().withStatus(503).withBody(TwilioWire.error(503, 20503, "Service Unavailable"))));

        assertThat(new TwilioVoiceSender(new TwilioApi(config)).send(aCall())).isEqualTo(new SendOutcome(SendOutcome.Status.RETRYABLE, null,
                "503 20503: Service Unavailable", null));
        TWILIO.verify(1, postRequestedFor(urlEqualTo(TwilioWire.CALLS)));
    }

    @Test
    void theKeyPressConnectsOnOneAndHangsUpOtherwise() {
        assertThat(CallScript.afterKeyPress("1", "+4930987654321")).isEqualTo(XML + "<Response><Dial>+4930987654321</Dial></Response>");
        assertThat(CallScript.afterKeyPress("2", "+4930987654321")).isEqualTo(XML + "<Response><Hangup/></Response>");
        assertThat(CallScript.afterKeyPress("1", null)).isEqualTo(XML + "<Response><Hangup/></Response>");
    }

    private static OutgoingMessage aCall() {
        return TestMessages.voice("de", Tone.FIRM, "+4917612345678", "Guten Tag.");
    }
}
