package dev.arrears.notification.dispatch;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.mailbox.EmailMailboxFixture;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendersTest {

    private final ChannelSender emailMailbox = EmailMailboxFixture.mailbox(Channel.EMAIL);
    private final ChannelSender smsMailbox = EmailMailboxFixture.mailbox(Channel.SMS);

    @Test
    void theMailboxCarriesAChannelUntilItsProviderIsConfigured() {
        ChannelSender unconfiguredSendGrid = provider(Channel.EMAIL, false);
        ChannelSender twilio = provider(Channel.SMS, true);

        Map<Channel, ChannelSender> chosen = Senders.choose(List.of(unconfiguredSendGrid, emailMailbox, twilio, smsMailbox));

        assertThat(chosen).containsEntry(Channel.EMAIL, emailMailbox).containsEntry(Channel.SMS, twilio).hasSize(2);
    }

    @Test
    void twoConfiguredProvidersForOneChannelIsAWiringError() {
        assertThatThrownBy(() -> Senders.choose(List.of(provider(Channel.SMS, true), provider(Channel.SMS, true))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than one configured sender for SMS");
    }

    private static ChannelSender provider(Channel channel, boolean configured) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public boolean configured() {
                return configured;
            }

            @Override
            public SendOutcome send(OutgoingMessage message) {
                return SendOutcome.accepted("x");
            }
        };
    }
}
