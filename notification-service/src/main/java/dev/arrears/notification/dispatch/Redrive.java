package dev.arrears.notification.dispatch;

import dev.arrears.notification.ledger.LedgerEntry;
import dev.arrears.notification.ledger.LedgerStatus;
import dev.arrears.notification.ledger.SendLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tries a reminder or escalation that did not reach the customer again, when an operator asks (the provider is back,
 * the ERP fixed the customer's consent or addresses). A FAILED dispatch gets a fresh retry budget for the message that
 * exhausted it, which no provider ever took; an UNDELIVERABLE one is planned anew from the contact data as it is now.
 * Nothing that reached a provider is sent again: bounced, dropped and unconfirmed messages stay given up.
 */
@ApplicationScoped
public class Redrive {

    private static final Logger LOG = Logger.getLogger(Redrive.class);

    private final Dispatches dispatches;
    private final SendLedger ledger;
    private final Clock clock;

    Redrive(Dispatches dispatches, SendLedger ledger, Clock clock) {
        this.dispatches = dispatches;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The dispatch as it is after the request; empty when the tenant has no such dispatch.
     *
     * @throws NotFailed (as the Uni's failure) for a dispatch that did not fail
     */
    public Uni<Optional<Dispatch>> retry(String tenantId, String sourceEventId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> dispatches.find(sourceEventId).chain(found -> {
            Optional<Dispatch> own = found.filter(d -> d.tenantId().equals(tenantId));
            if (own.isEmpty()) {
                return Uni.createFrom().item(own);
            }
            Dispatch d = own.get();
            if (d.status() != DispatchStatus.FAILED && d.status() != DispatchStatus.UNDELIVERABLE) {
                throw new NotFailed(d.sourceType().eventName() + " " + sourceEventId + " is " + d.status()
                        + "; only FAILED and UNDELIVERABLE ones are tried again");
            }
            String note = "tried again on request after: " + d.note();
            Uni<?> rearmed = d.status() == DispatchStatus.FAILED ? rearmExhausted(d, note, now) : Uni.createFrom().voidItem();
            return rearmed.chain(() -> dispatches.redrive(sourceEventId, note, now))
                    .invoke(() -> LOG.infof("%s %s (%s) is tried again on request", d.sourceType().eventName(), sourceEventId, d.status()))
                    .chain(() -> dispatches.find(sourceEventId));
        }));
    }

    /** The message whose retries ran out is the one whose reason the dispatch ended with. */
    private Uni<Void> rearmExhausted(Dispatch d, String note, Instant now) {
        return ledger.bySource(d.sourceEventId()).chain(entries -> {
            List<LedgerEntry> exhausted = entries.stream()
                    .filter(e -> e.status() == LedgerStatus.FAILED && d.note() != null && d.note().equals(e.detail()))
                    .toList();
            return Multi.createFrom().iterable(exhausted).onItem().transformToUniAndConcatenate(e -> ledger.rearm(e.messageId(), note, now))
                    .collect().asList().replaceWithVoid();
        });
    }

    /** The dispatch did not fail, so there is nothing to try again. */
    public static final class NotFailed extends RuntimeException {

        NotFailed(String message) {
            super(message);
        }
    }
}
