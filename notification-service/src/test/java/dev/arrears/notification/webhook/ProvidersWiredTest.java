package dev.arrears.notification.webhook;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.ChannelSender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** With credentials, the application starts with both SDKs and a configured sender per provider channel. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class ProvidersWiredTest {

    @Inject
    @Any
    Instance<ChannelSender> senders;

    @Test
    void everyProviderChannelHasAConfiguredSender() {
        Map<Channel, Boolean> configured = senders.stream()
                .filter(ChannelSender::shippedProvider)
                .collect(Collectors.toMap(ChannelSender::channel, ChannelSender::configured));

        assertThat(configured).containsEntry(Channel.EMAIL, true).containsEntry(Channel.SMS, true).containsEntry(Channel.VOICE, true);
    }
}
