package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

/**
 * Sends messages over one channel through its provider. Blocking (the providers' SDKs are): call it on a worker
 * thread. Never throws for a provider's answer; every outcome is a {@link SendOutcome}.
 */
public interface ChannelSender {

    Channel channel();

    /** Whether the provider is configured (credentials present); without, messages go to the local mailbox instead. */
    default boolean configured() {
        return true;
    }

    SendOutcome send(OutgoingMessage message);
}
