package dev.arrears.notification.provider;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.ChannelSender;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The local default: no credentials, so no provider is configured and unsigned callbacks are refused. */
@QuarkusTest
class ProvidersUnconfiguredTest {

    @Inject
    @Any
    Instance<ChannelSender> senders;

    @Test
    void withoutCredentialsNoProviderIsConfigured() {
        Map<Channel, Boolean> configured = senders.stream()
                .filter(ChannelSender::shippedProvider).collect(Collectors.toMap(ChannelSender::channel, ChannelSender::configured));

        assertThat(configured).containsEntry(Channel.EMAIL, false).containsEntry(Channel.SMS, false).containsEntry(Channel.VOICE, false);
    }

    @Test
    void withoutKeysEveryCallbackIsRefused() {
        given().contentType("application/json").header("X-Twilio-Email-Event-Webhook-Signature", "MEUCIQ==")
                .header("X-Twilio-Email-Event-Webhook-Timestamp", "1793610000").body("[]")
                .when().post("/webhooks/sendgrid").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/x-www-form-urlencoded").header("X-Twilio-Signature", "bm9wZQ==").body("Body=STOP")
                .when().post("/webhooks/twilio/inbound").then().statusCode(401).contentType("application/problem+json");
    }
}
