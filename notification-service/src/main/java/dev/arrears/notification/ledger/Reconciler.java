package dev.arrears.notification.ledger;

import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.notification.config.NotificationConfig;
import dev.arrears.notification.dispatch.Blocking;
import dev.arrears.notification.dispatch.Dispatches;
import dev.arrears.notification.dispatch.Senders;
import dev.arrears.notification.events.MessageRef;
import dev.arrears.notification.events.NotificationEvents;
import dev.arrears.notification.message.ChannelSender;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Settles sends whose outcome was never recorded. A PENDING row older than the timeout belongs to a sender that
 * died (or hung) between the provider call and the ledger update: the message may or may not have gone out, so it
 * becomes UNCERTAIN, never simply retried. Then:
 * <ul>
 *   <li>a sender that can look the message up (the local mailbox) settles it at once: sent, or safe to send;</li>
 *   <li>otherwise the provider's webhook settles it: every message carries our id (SendGrid {@code custom_args},
 *       Twilio's StatusCallback URL), so any report about it proves it went out
 *       ({@link DeliveryTracker});</li>
 *   <li>without a word from the provider within the channel's grace, the channel's policy decides
 *       ({@code arrears.notification.reconcile.<channel>.on-silence}): email and SMS are sent again (a rare duplicate
 *       beats a reminder never sent), a voice call is not (a second call is worse than the next channel).</li>
 * </ul>
 * Runs before every dispatch run, so at start and periodically.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    private final SendLedger ledger;
    private final Dispatches dispatches;
    private final Senders senders;
    private final NotificationEvents events;
    private final NotificationConfig config;
    private final Clock clock;

    Reconciler(SendLedger ledger, Dispatches dispatches, Senders senders, NotificationEvents events, NotificationConfig config,
               Clock clock) {
        this.ledger = ledger;
        this.dispatches = dispatches;
        this.senders = senders;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> reconcile() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ledger.staleToUncertain(now.minus(config.reconcile().pendingTimeout()),
                        config.reconcile().pendingTimeout(), now)
                        .call(stale -> Multi.createFrom().iterable(stale)
                                .onItem().transformToUniAndConcatenate(e -> dispatches.reopen(e.sourceEventId(), now).replaceWith(e))
                                .collect().asList()))
                .invoke(stale -> stale.forEach(e -> LOG.warnf("%s to %s (%s, %s): no outcome recorded since %s; uncertain until %s "
                        + "confirms it", e.channel(), NotificationAddresses.mask(e.address()), e.messageId(), e.sourceEventId(),
                        e.pendingSince(), e.provider())))
                .chain(() -> Panache.withSession(() -> ledger.uncertain(senders.confirming())))
                .chain(this::askSenders);
    }

    /** Uncertain messages whose sender can say for sure whether it took them. */
    private Uni<Void> askSenders(List<LedgerEntry> uncertain) {
        return Multi.createFrom().iterable(uncertain)
                .onItem().transformToUniAndConcatenate(e -> {
                    ChannelSender sender = senders.of(e.channel());
                    return Blocking.call(() -> ((SendConfirmation) sender).acceptedAs(e.messageId()))
                            .chain(taken -> taken.isEmpty() ? Uni.createFrom().voidItem() : confirm(e, taken.get()));
                })
                .collect().asList().replaceWithVoid();
    }

    private Uni<Void> confirm(LedgerEntry e, String providerMessageId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ledger.confirmed(e.messageId(), providerMessageId, e.pendingSince(), now)
                .chain(confirmed -> confirmed
                        ? events.sent(MessageRef.of(e).withProviderMessageId(providerMessageId), e.pendingSince() == null ? now : e.pendingSince())
                        .chain(() -> dispatches.reopen(e.sourceEventId(), now))
                        .invoke(() -> LOG.infof("%s (%s): %s confirms it took it; not sent again", e.messageId(), e.sourceEventId(),
                                e.provider()))
                        : Uni.createFrom().voidItem()));
    }
}
