package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.db.NativeSql;
import dev.arrears.notification.message.OutgoingMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The built-in stand-in for the providers: stores what would have been sent. It writes through its own JDBC
 * connection and commits on its own, outside the pipeline's transactions, exactly as a provider's API would, so a
 * crash between "sent" and the ledger update behaves here as it would with SendGrid or Twilio.
 */
@ApplicationScoped
public class LocalMailbox {

    /** Named in events and logs as the provider of mailbox messages. */
    public static final String PROVIDER = "local-mailbox";

    private final DataSource dataSource;
    private final Clock clock;

    LocalMailbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Takes a message (blocking); a second hand-over of the same message is counted, not stored twice. */
    public String deliver(OutgoingMessage message) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into mailbox_message (message_id, tenant_id, customer_id, channel, recipient, subject, html, text,
                         template_used, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                     on conflict (message_id) do update set requests = mailbox_message.requests + 1""")) {
            insert.setString(1, message.messageId());
            insert.setString(2, message.tenantId());
            insert.setString(3, message.customerId());
            insert.setString(4, message.channel().name());
            insert.setString(5, message.to());
            insert.setString(6, message.content().subject());
            insert.setString(7, message.content().html());
            insert.setString(8, message.content().text());
            insert.setString(9, message.content().templateUsed());
            insert.setTimestamp(10, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return providerId(message.messageId());
        } catch (SQLException e) {
            throw new IllegalStateException("the local mailbox cannot store message " + message.messageId(), e);
        }
    }

    /** Whether the mailbox holds the message (blocking), with the id it answered when it took it. */
    public Optional<String> holds(String messageId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select 1 from mailbox_message where message_id = ?")) {
            select.setString(1, messageId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(providerId(messageId)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the local mailbox cannot be read", e);
        }
    }

    /** The newest messages first, optionally of one tenant; in the caller's reactive session. */
    public Uni<List<MailboxMessage>> newest(String tenantId, int limit) {
        return NativeSql.rows("""
                        select message_id, tenant_id, customer_id, channel, recipient, subject, html, text, template_used, received_at,
                               requests
                        from mailbox_message where (cast(?1 as text) is null or tenant_id = ?1)
                        order by received_at desc, message_id limit ?2""", tenantId, limit)
                .map(rows -> rows.stream().map(r -> new MailboxMessage((String) r[0], (String) r[1], (String) r[2],
                        Channel.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                        NativeSql.instant(r[9]), NativeSql.integer(r[10]))).toList());
    }

    private static String providerId(String messageId) {
        return "mailbox-" + messageId;
    }
}
