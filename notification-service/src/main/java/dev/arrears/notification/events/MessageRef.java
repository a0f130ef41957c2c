package dev.arrears.notification.events;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.notification.ledger.LedgerEntry;

/** Which message an event is about, as the events name it. The address is still in clear here; events mask it. */
public record MessageRef(String tenantId, String customerId, String messageId, String sourceEventId, Channel channel, String address,
                         String provider, String providerMessageId, String templateUsed, PolicyStep step) {

    public static MessageRef of(LedgerEntry e) {
        return new MessageRef(e.tenantId(), e.customerId(), e.messageId(), e.sourceEventId(), e.channel(), e.address(), e.provider(),
                e.providerMessageId(), e.templateUsed(), e.step());
    }

    /** The same message with the provider's id, once known. */
    public MessageRef withProviderMessageId(String id) {
        return id == null ? this : new MessageRef(tenantId, customerId, messageId, sourceEventId, channel, address, provider, id,
                templateUsed, step);
    }
}
