package dev.arrears.notification.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** Providers configured, webhook keys known, and a {@link CollectedDeliveryUpdates} that keeps what the webhooks recorded. */
public class WebhookTestProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(CollectedDeliveryUpdates.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "arrears.sendgrid.api-key", "SG.webhook-test",
                "arrears.sendgrid.webhook.public-key", WebhookKeys.publicKeyBase64(WebhookKeys.sendGrid()),
                "arrears.twilio.account-sid", "AC0123456789abcdef0123456789abcdef",
                "arrears.twilio.auth-token", WebhookKeys.TWILIO_AUTH_TOKEN,
                "arrears.twilio.public-base-url", WebhookKeys.PUBLIC_BASE_URL,
                "arrears.twilio.voice.collections-numbers.acme", "+4930987654321");
    }
}
