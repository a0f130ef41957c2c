package dev.arrears.notification.ledger;

import java.util.EnumSet;
import java.util.Set;

/** Where a message stands in the send ledger. */
public enum LedgerStatus {
    /** Committed before the provider call; the outcome is not recorded yet. A crash leaves it here. */
    PENDING,
    /** The provider accepted it (or a webhook proved it did); a letter joined the print queue. */
    SENT,
    /** The provider answered 429/5xx or could not be reached: it was not taken, and is retried after a backoff. */
    RETRYING,
    /** Maybe sent (stale PENDING, or no answer came back): waiting for the provider's webhook until the channel's grace. */
    UNCERTAIN,
    /** It will not reach the customer on this channel and address: the next channel is tried. */
    FAILED,
    /** The provider accepted it but the email hard-bounced: the next channel is tried. */
    BOUNCED,
    /** Nothing to send: a collector's call, on the dunning engine's worklist. */
    RECORDED,
    /** Never sent and no longer allowed (the customer opted out or withdrew consent meanwhile). */
    CANCELLED;

    /** A send that may still go out or may have gone out: the dispatch settles it before trying anything else. */
    public static final Set<LedgerStatus> IN_FLIGHT = EnumSet.of(PENDING, RETRYING, UNCERTAIN);

    /** The reminder reached the customer (as far as anyone knows) on this message. */
    public static final Set<LedgerStatus> REACHED = EnumSet.of(SENT, RECORDED);

    /** This channel and address are done for this reminder, without reaching the customer. */
    public static final Set<LedgerStatus> GAVE_UP = EnumSet.of(FAILED, BOUNCED, CANCELLED);
}
