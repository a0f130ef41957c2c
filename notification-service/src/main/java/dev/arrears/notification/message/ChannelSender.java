package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

/**
 * Sends messages over one channel through its provider. Blocking (the providers' SDKs are): call it on a worker
 * thread. Never throws for a provider's answer; every outcome is a {@link SendOutcome}.
 */
public interface ChannelSender {

    Channel channel();

    SendOutcome send(OutgoingMessage message);
}
