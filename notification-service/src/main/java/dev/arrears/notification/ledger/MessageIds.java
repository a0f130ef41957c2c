package dev.arrears.notification.ledger;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic ids. A message id derives from the source event, the channel and the address, so the same reminder
 * delivered twice (redelivery, restart, replay) maps to the same ledger row; event ids derive from what they report.
 */
public final class MessageIds {

    private MessageIds() {
    }

    public static String messageId(String sourceEventId, Channel channel, String address) {
        return derived(sourceEventId, channel.name(), NotificationAddresses.normalize(address));
    }

    /** A name-based UUID of the parts, so the same facts always give the same id. */
    public static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
