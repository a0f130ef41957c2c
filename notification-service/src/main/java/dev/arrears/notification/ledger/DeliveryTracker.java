package dev.arrears.notification.ledger;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.notification.contacts.Contacts;
import dev.arrears.notification.contacts.OptOuts;
import dev.arrears.notification.dispatch.Dispatches;
import dev.arrears.notification.dispatch.Senders;
import dev.arrears.notification.events.MessageRef;
import dev.arrears.notification.events.NotificationEvents;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdates;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes what providers report after sending (from the verified webhooks) into the ledger, and publishes it:
 * <ul>
 *   <li>any report about a message proves it went out: an uncertain send is settled as sent, never sent again;</li>
 *   <li>a bounce, a drop or a failed SMS or call gives up on that message and reopens its dispatch, which moves on to
 *       the next channel of the plan;</li>
 *   <li>an unsubscribe, a spam report or a "STOP" stores an opt-out for the address and channel, honoured on every
 *       later send; "START" lifts it.</li>
 * </ul>
 * Each report is applied in its own transaction and at most once (providers retry webhooks); reports about messages
 * this service does not know are logged and dropped, so a provider is never asked to retry them forever.
 */
@ApplicationScoped
public class DeliveryTracker implements DeliveryUpdates {

    private static final Logger LOG = Logger.getLogger(DeliveryTracker.class);

    private final SendLedger ledger;
    private final Dispatches dispatches;
    private final OptOuts optOuts;
    private final Contacts contacts;
    private final Senders senders;
    private final NotificationEvents events;
    private final Clock clock;

    DeliveryTracker(SendLedger ledger, Dispatches dispatches, OptOuts optOuts, Contacts contacts, Senders senders,
                    NotificationEvents events, Clock clock) {
        this.ledger = ledger;
        this.dispatches = dispatches;
        this.optOuts = optOuts;
        this.contacts = contacts;
        this.senders = senders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Uni<Void> record(List<DeliveryUpdate> updates) {
        return Multi.createFrom().iterable(updates)
                .onItem().transformToUniAndConcatenate(u -> Panache.withTransaction(() -> apply(u)).replaceWith(u))
                .collect().asList().replaceWithVoid();
    }

    private Uni<Void> apply(DeliveryUpdate u) {
        return locate(u).chain(entry -> switch (u.kind()) {
            case OPTED_OUT, SPAM_REPORT -> optOut(u, entry);
            case OPTED_IN -> optIn(u, entry);
            default -> entry.isEmpty() ? unknown(u) : report(u, entry.get());
        });
    }

    private Uni<Optional<LedgerEntry>> locate(DeliveryUpdate u) {
        if (u.messageId() != null) {
            return ledger.find(u.messageId());
        }
        if (u.providerMessageId() != null && u.channel() != null) {
            return ledger.findByProviderId(u.channel(), u.providerMessageId());
        }
        return Uni.createFrom().item(Optional.empty());
    }

    private Uni<Void> report(DeliveryUpdate u, LedgerEntry entry) {
        Instant now = clock.instant();
        Instant at = u.at() == null ? now : u.at();
        String reportId = MessageIds.derived("report", u.kind().name(), entry.messageId(), String.valueOf(u.at()),
                Objects.toString(u.url(), ""), Objects.toString(u.providerMessageId(), ""));
        MessageRef ref = MessageRef.of(entry).withProviderMessageId(u.providerMessageId());
        return ledger.firstReport(reportId, entry.messageId(), u.kind().name(), now).chain(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            return proveSent(entry, ref, at, now).chain(() -> switch (u.kind()) {
                case DELIVERED -> ledger.delivered(entry.messageId(), at, now)
                        .chain(firstDelivery -> firstDelivery ? events.delivered(ref, at) : Uni.createFrom().voidItem());
                case OPENED -> events.opened(reportId, ref, at);
                case CLICKED -> events.clicked(reportId, ref, Objects.toString(u.url(), "unknown"), at);
                case BOUNCED -> fallBack(entry, LedgerStatus.BOUNCED, u.detail(), now,
                        () -> events.bounced(ref, u.detail(), at));
                case DROPPED -> fallBack(entry, LedgerStatus.FAILED, "dropped: " + u.detail(), now,
                        () -> events.failed(ref, NotificationFailure.DROPPED, u.detail(), at));
                case FAILED -> fallBack(entry, LedgerStatus.FAILED, u.detail(), now,
                        () -> events.failed(ref, NotificationFailure.UNDELIVERED, u.detail(), at));
                default -> Uni.createFrom().voidItem();
            });
        });
    }

    /** A report about a message the ledger had as in flight settles it as sent: it must never go out a second time. */
    private Uni<Void> proveSent(LedgerEntry entry, MessageRef ref, Instant at, Instant now) {
        if (!LedgerStatus.IN_FLIGHT.contains(entry.status())) {
            return Uni.createFrom().voidItem();
        }
        return ledger.confirmed(entry.messageId(), ref.providerMessageId(), at, now).chain(confirmed -> confirmed
                ? events.sent(ref, at).chain(() -> dispatches.reopen(entry.sourceEventId(), now)).invoke(() ->
                LOG.infof("%s (%s): %s reported on it, so it went out; not sent again", entry.messageId(), entry.sourceEventId(),
                        entry.provider()))
                : Uni.createFrom().voidItem());
    }

    /** The message will not reach the customer: record it once, publish it, and let the dispatch try the next channel. */
    private Uni<Void> fallBack(LedgerEntry entry, LedgerStatus status, String detail, Instant now,
                               java.util.function.Supplier<Uni<Void>> publish) {
        return ledger.gaveUp(entry.messageId(), status, detail, now).chain(changed -> changed
                ? publish.get().chain(() -> dispatches.reopen(entry.sourceEventId(), now))
                : Uni.createFrom().voidItem());
    }

    /**
     * Stores the opt-out for every customer of the tenant with that address (of every tenant when the report names
     * no message, as an SMS "STOP" does), and publishes one ContactOptedOut per customer. A spam report opts out of email.
     */
    private Uni<Void> optOut(DeliveryUpdate u, Optional<LedgerEntry> entry) {
        Channel channel = u.kind() == DeliveryUpdate.Kind.SPAM_REPORT ? Channel.EMAIL : entry.map(LedgerEntry::channel).orElse(u.channel());
        String raw = entry.map(LedgerEntry::address).orElse(u.address());
        if (raw == null || channel == null) {
            LOG.warnf("opt-out report without address or channel ignored: %s", u.kind());
            return Uni.createFrom().voidItem();
        }
        String address = NotificationAddresses.normalize(raw);
        Instant now = clock.instant();
        Instant at = u.at() == null ? now : u.at();
        String reason = u.kind() == DeliveryUpdate.Kind.SPAM_REPORT ? "spam report" : u.detail() == null ? "opted out" : u.detail();
        String provider = entry.map(LedgerEntry::provider).orElseGet(() -> senders.of(channel).provider());
        String messageId = entry.map(LedgerEntry::messageId).orElse(null);
        String sourceEventId = entry.map(LedgerEntry::sourceEventId).orElse(null);
        return contacts.owners(address).chain(owners -> {
            List<Contacts.Owner> concerned = entry.isEmpty() ? owners : owners.stream()
                    .filter(o -> o.tenantId().equals(entry.get().tenantId())).toList();
            if (entry.isPresent() && concerned.stream().noneMatch(o -> o.customerId().equals(entry.get().customerId()))) {
                concerned = new java.util.ArrayList<>(concerned);
                concerned.add(new Contacts.Owner(entry.get().tenantId(), entry.get().customerId()));
            }
            if (concerned.isEmpty()) {
                LOG.infof("%s opt-out of %s, which no customer has: applies to every tenant", channel, NotificationAddresses.mask(address));
                return optOuts.add(OptOuts.ANY_TENANT, channel, address, reason, provider, messageId, at).replaceWithVoid();
            }
            return Multi.createFrom().iterable(concerned).onItem().transformToUniAndConcatenate(owner ->
                            optOuts.add(owner.tenantId(), channel, address, reason, provider, messageId, at)
                                    .chain(added -> added ? events.optedOut(owner.tenantId(), owner.customerId(), channel, address, provider,
                                            reason, messageId, sourceEventId, at) : Uni.createFrom().voidItem())
                                    .replaceWith(owner))
                    .collect().asList().replaceWithVoid();
        });
    }

    private Uni<Void> optIn(DeliveryUpdate u, Optional<LedgerEntry> entry) {
        String raw = entry.map(LedgerEntry::address).orElse(u.address());
        Channel channel = entry.map(LedgerEntry::channel).orElse(u.channel());
        if (raw == null || channel == null) {
            return Uni.createFrom().voidItem();
        }
        String address = NotificationAddresses.normalize(raw);
        LOG.infof("%s opt-in of %s: its opt-out is lifted", channel, NotificationAddresses.mask(address));
        return (entry.isPresent() ? optOuts.remove(List.of(entry.get().tenantId()), channel, address)
                : optOuts.removeEverywhere(channel, address)).replaceWithVoid();
    }

    private static Uni<Void> unknown(DeliveryUpdate u) {
        LOG.debugf("%s report for a message this service does not know (message %s, provider id %s): ignored", u.kind(), u.messageId(),
                u.providerMessageId());
        return Uni.createFrom().voidItem();
    }
}
