package dev.arrears.notification.provider.sendgrid;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@link SendGridConfig} for tests that build senders without Quarkus. */
record TestSendGridConfig(Optional<String> apiKey, URI baseUrl, String fromEmail, Optional<String> fromName, Optional<String> replyTo,
                          Duration connectTimeout, Duration readTimeout, Webhook webhook) implements SendGridConfig {

    static TestSendGridConfig pointingAt(String baseUrl) {
        return new TestSendGridConfig(Optional.of("SG.test-key"), URI.create(baseUrl), "collections@acme.example",
                Optional.of("ACME Forderungsmanagement"), Optional.of("ar@acme.example"), Duration.ofSeconds(2), Duration.ofMillis(500), null);
    }

    TestSendGridConfig withoutKey() {
        return new TestSendGridConfig(Optional.empty(), baseUrl, fromEmail, fromName, replyTo, connectTimeout, readTimeout, webhook);
    }
}
