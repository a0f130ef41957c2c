package dev.arrears.notification.ledger;

import java.util.Optional;

/**
 * A sender that can say for certain whether it took a message, so an uncertain send is settled at once instead of
 * waiting for a webhook. The local mailbox can (it is a table); SendGrid and Twilio cannot look a message up by our
 * id, so theirs are settled by their webhooks. Blocking.
 */
public interface SendConfirmation {

    /** The provider's id of the message when it was taken, empty when it never arrived. */
    Optional<String> acceptedAs(String messageId);
}
