package dev.arrears.notification.ledger;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.notification.db.Json;
import dev.arrears.notification.db.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The send ledger in PostgreSQL. Every change is a compare-and-set on the row's status (and attempt), so a worker
 * that lost a race with a webhook, or with another replica, changes nothing and finds out from the answer.
 */
@ApplicationScoped
public class SendLedger {

    private static final String COLUMNS = """
            message_id, source_event_id, tenant_id, customer_id, channel, address, status, attempts, provider,
            provider_message_id, template_used, step, detail, pending_since, uncertain_since, next_attempt_at, sent_at,
            delivered_at, created_at, updated_at""";

    /** What a new row is about. */
    public record NewMessage(String messageId, String sourceEventId, String tenantId, String customerId, Channel channel, String address,
                             PolicyStep step) {
    }

    public Uni<List<LedgerEntry>> bySource(String sourceEventId) {
        return NativeSql.rows("select " + COLUMNS + " from send_ledger where source_event_id = ?1 order by seq",
                sourceEventId).map(rows -> rows.stream().map(SendLedger::entry).toList());
    }

    public Uni<Optional<LedgerEntry>> find(String messageId) {
        return NativeSql.rows("select " + COLUMNS + " from send_ledger where message_id = ?1", messageId)
                .map(rows -> rows.stream().map(SendLedger::entry).findFirst());
    }

    public Uni<Optional<LedgerEntry>> findByProviderId(Channel channel, String providerMessageId) {
        return NativeSql.rows("select " + COLUMNS + " from send_ledger where channel = ?1 and provider_message_id = ?2",
                channel.name(), providerMessageId).map(rows -> rows.stream().map(SendLedger::entry).findFirst());
    }

    /**
     * Reserves the next provider call: a new row PENDING with attempt 1, or an earlier attempt's row (as it was
     * read) moved to PENDING with one more attempt. Answers false when someone else got there first. The caller
     * commits before calling the provider, so a crash after the call leaves the row PENDING, never absent.
     */
    public Uni<Boolean> reserve(NewMessage message, LedgerEntry previous, String provider, String templateUsed, Instant now) {
        if (previous == null) {
            return NativeSql.execute("""
                            insert into send_ledger (message_id, source_event_id, tenant_id, customer_id, channel, address, status,
                                attempts, provider, template_used, step, pending_since, created_at, updated_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 1, ?7, ?8, ?9, ?10, ?10, ?10)
                            on conflict (message_id) do nothing""",
                    message.messageId(), message.sourceEventId(), message.tenantId(), message.customerId(), message.channel().name(),
                    message.address(), provider, templateUsed, Json.write(message.step()), now).map(n -> n == 1);
        }
        return NativeSql.execute("""
                        update send_ledger set status = 'PENDING', attempts = attempts + 1, provider = ?4, template_used = ?5,
                            pending_since = ?6, uncertain_since = null, next_attempt_at = null, updated_at = ?6
                        where message_id = ?1 and status = ?2 and attempts = ?3""",
                previous.messageId(), previous.status().name(), previous.attempts(), provider, templateUsed, now).map(n -> n == 1);
    }

    /** The provider accepted attempt {@code attempt}. */
    public Uni<Boolean> sent(String messageId, int attempt, String providerMessageId, Instant now) {
        return NativeSql.execute("""
                        update send_ledger set status = 'SENT', provider_message_id = ?3, sent_at = ?4, detail = null, updated_at = ?4
                        where message_id = ?1 and status = 'PENDING' and attempts = ?2""", messageId, attempt, providerMessageId, now)
                .map(n -> n == 1);
    }

    /** The provider did not take attempt {@code attempt}; try again from {@code nextAttemptAt}. */
    public Uni<Boolean> retrying(String messageId, int attempt, String detail, Instant nextAttemptAt, Instant now) {
        return NativeSql.execute("""
                        update send_ledger set status = 'RETRYING', detail = ?3, next_attempt_at = ?4, updated_at = ?5
                        where message_id = ?1 and status = 'PENDING' and attempts = ?2""", messageId, attempt, detail, nextAttemptAt, now)
                .map(n -> n == 1);
    }

    /** Nobody knows whether attempt {@code attempt} went out: wait for the provider's word. */
    public Uni<Boolean> uncertain(String messageId, int attempt, String detail, Instant now) {
        return NativeSql.execute("""
                        update send_ledger set status = 'UNCERTAIN', uncertain_since = ?4, detail = ?3, updated_at = ?4
                        where message_id = ?1 and status = 'PENDING' and attempts = ?2""", messageId, attempt, detail, now)
                .map(n -> n == 1);
    }

    /**
     * Rows PENDING since before {@code cutoff}: their sender died or hung between the provider call and the ledger
     * update. Marks them UNCERTAIN (their grace runs from when they went stale) and answers them.
     */
    public Uni<List<LedgerEntry>> staleToUncertain(Instant cutoff, java.time.Duration pendingTimeout, Instant now) {
        return NativeSql.rows("""
                        update send_ledger set status = 'UNCERTAIN',
                            uncertain_since = pending_since + make_interval(secs => ?2),
                            detail = ?3, updated_at = ?4
                        where status = 'PENDING' and pending_since < ?1
                        returning """ + " " + COLUMNS, cutoff, (double) pendingTimeout.toSeconds(),
                        "no outcome recorded within " + pendingTimeout + " of the provider call", now)
                .map(rows -> rows.stream().map(SendLedger::entry).toList());
    }

    /** Messages on these channels whose outcome is unknown, oldest first. */
    public Uni<List<LedgerEntry>> uncertain(List<Channel> channels) {
        if (channels.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return NativeSql.rows("select " + COLUMNS + " from send_ledger"
                        + " where status = 'UNCERTAIN' and channel = any(string_to_array(?1, ',')) order by uncertain_since limit 200", String.join(",", channels.stream().map(Channel::name).toList()))
                .map(rows -> rows.stream().map(SendLedger::entry).toList());
    }

    /**
     * The provider proved it took the message (a webhook about it, the mailbox holding it), whatever this ledger
     * recorded so far. Answers false when it was already known as sent (or failed later).
     */
    public Uni<Boolean> confirmed(String messageId, String providerMessageId, Instant at, Instant now) {
        return NativeSql.execute("""
                        update send_ledger set status = 'SENT', provider_message_id = coalesce(?2, provider_message_id),
                            sent_at = coalesce(sent_at, ?3), detail = null, updated_at = ?4
                        where message_id = ?1 and status in ('PENDING', 'UNCERTAIN', 'RETRYING')""", messageId, providerMessageId, at, now)
                .map(n -> n == 1);
    }

    /** The message will not reach the customer ({@code FAILED}, {@code BOUNCED}, {@code CANCELLED}); false if it was settled so already. */
    public Uni<Boolean> gaveUp(String messageId, LedgerStatus status, String detail, Instant now) {
        return NativeSql.execute("""
                        update send_ledger set status = ?2, detail = ?3, updated_at = ?4
                        where message_id = ?1 and status not in ('FAILED', 'BOUNCED', 'CANCELLED', 'RECORDED')""",
                messageId, status.name(), detail, now).map(n -> n == 1);
    }

    /**
     * A message that exhausted its retries is given a fresh budget, on an operator's request: the provider never took
     * it, so sending it again under the same message id sends it once. Answers false unless it had failed.
     */
    public Uni<Boolean> rearm(String messageId, String detail, Instant now) {
        return NativeSql.execute("""
                        update send_ledger set status = 'RETRYING', attempts = 0, next_attempt_at = null, detail = ?2, updated_at = ?3
                        where message_id = ?1 and status = 'FAILED'""", messageId, detail, now).map(n -> n == 1);
    }

    /** A message settled without a provider call: a letter queued, a call recorded, a message no template could render. */
    public Uni<Boolean> settled(NewMessage message, LedgerStatus status, String provider, String providerMessageId, String templateUsed,
                                String detail, Instant now) {
        return NativeSql.execute("""
                        insert into send_ledger (message_id, source_event_id, tenant_id, customer_id, channel, address, status,
                            attempts, provider, provider_message_id, template_used, step, detail, sent_at, created_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)
                        on conflict (message_id) do nothing""",
                message.messageId(), message.sourceEventId(), message.tenantId(), message.customerId(), message.channel().name(),
                message.address(), status.name(), provider, providerMessageId, templateUsed, Json.write(message.step()), detail,
                status == LedgerStatus.SENT ? now : null, now).map(n -> n == 1);
    }

    /** Records the first delivery report; false when one was recorded before. */
    public Uni<Boolean> delivered(String messageId, Instant at, Instant now) {
        return NativeSql.execute("update send_ledger set delivered_at = ?2, updated_at = ?3 where message_id = ?1 and delivered_at is null",
                messageId, at, now).map(n -> n == 1);
    }

    /** Records a provider report once: answers false when the same report was applied before (providers retry webhooks). */
    public Uni<Boolean> firstReport(String updateId, String messageId, String kind, Instant now) {
        return NativeSql.execute("""
                        insert into delivery_update (update_id, message_id, kind, recorded_at) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""", updateId, messageId, kind, now).map(n -> n == 1);
    }

    private static LedgerEntry entry(Object[] r) {
        return new LedgerEntry((String) r[0], (String) r[1], (String) r[2], (String) r[3], Channel.valueOf((String) r[4]), (String) r[5],
                LedgerStatus.valueOf((String) r[6]), NativeSql.integer(r[7]), (String) r[8], (String) r[9], (String) r[10],
                Json.read((String) r[11], PolicyStep.class), (String) r[12], NativeSql.instant(r[13]), NativeSql.instant(r[14]),
                NativeSql.instant(r[15]), NativeSql.instant(r[16]), NativeSql.instant(r[17]), NativeSql.instant(r[18]),
                NativeSql.instant(r[19]));
    }
}
