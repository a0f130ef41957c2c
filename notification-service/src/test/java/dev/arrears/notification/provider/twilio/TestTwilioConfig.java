package dev.arrears.notification.provider.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@link TwilioConfig} for tests that build senders without Quarkus. */
record TestTwilioConfig(Optional<String> accountSid, Optional<String> authToken, Optional<URI> baseUrl, Optional<String> fromNumber,
                        Optional<String> messagingServiceSid, Optional<URI> publicBaseUrl, Duration readTimeout, Voice voice)
        implements TwilioConfig {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "twilio-test-token";

    record TestVoice(String defaultLanguage, Map<String, String> collectionsNumbers) implements Voice {
    }

    static TestTwilioConfig pointingAt(String baseUrl) {
        return new TestTwilioConfig(Optional.of(ACCOUNT_SID), Optional.of(AUTH_TOKEN), Optional.of(URI.create(baseUrl)),
                Optional.of("+4930123456789"), Optional.empty(), Optional.of(URI.create("https://notify.example.test")), Duration.ofMillis(500),
                new TestVoice("de-DE", Map.of("acme", "+4930987654321")));
    }

    TestTwilioConfig withMessagingService(String sid) {
        return new TestTwilioConfig(accountSid, authToken, baseUrl, fromNumber, Optional.of(sid), publicBaseUrl, readTimeout, voice);
    }

    TestTwilioConfig withoutPublicBaseUrl() {
        return new TestTwilioConfig(accountSid, authToken, baseUrl, fromNumber, messagingServiceSid, Optional.empty(), readTimeout, voice);
    }

    TestTwilioConfig withoutCredentials() {
        return new TestTwilioConfig(Optional.empty(), Optional.empty(), baseUrl, fromNumber, messagingServiceSid, publicBaseUrl, readTimeout, voice);
    }
}
