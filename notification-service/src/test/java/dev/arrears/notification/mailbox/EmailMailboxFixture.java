package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;

/** Mailbox senders without a database, for tests that only choose between senders. */
public final class EmailMailboxFixture {

    private EmailMailboxFixture() {
    }

    public static MailboxSender mailbox(Channel channel) {
        return new MailboxSender(null, channel) {
        };
    }
}
