package dev.arrears.notification.dispatch;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.ledger.MessageIds;

/** One way to reach the customer for one source event: a channel and an address, and the message id they make. */
public record Candidate(Channel channel, String address, String messageId) {

    /** The address a letter "goes to": the postal address is the print room's business, not this service's. */
    public static final String POSTAL = "postal";
    /** The address of a collector's call: the dunning engine's worklist. */
    public static final String WORKLIST = "worklist";

    public static Candidate of(String sourceEventId, Channel channel, String address) {
        return new Candidate(channel, address, MessageIds.messageId(sourceEventId, channel, address));
    }
}
