package dev.arrears.notification.dispatch;

import dev.arrears.notification.config.NotificationConfig;
import dev.arrears.notification.ledger.Reconciler;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of the pipeline on this replica: settle sends left uncertain by a crash, publish dead letters a failed
 * publish left behind, then claim and work due dispatches until none is due. Replicas share the work through the
 * claims; a replica that dies mid-batch loses its leases and another continues from the ledger.
 */
@ApplicationScoped
public class DispatchRunner {

    /** A bound on one run, so a dispatch that keeps coming due at once cannot hold the loop. */
    private static final int MAX_BATCHES = 100;

    private final Dispatches dispatches;
    private final Dispatcher dispatcher;
    private final Reconciler reconciler;
    private final NotificationConfig config;
    private final Clock clock;
    private final String worker = "notifier-" + UUID.randomUUID().toString().substring(0, 8);

    DispatchRunner(Dispatches dispatches, Dispatcher dispatcher, Reconciler reconciler, NotificationConfig config, Clock clock) {
        this.dispatches = dispatches;
        this.dispatcher = dispatcher;
        this.reconciler = reconciler;
        this.config = config;
        this.clock = clock;
    }

    /** Reconciles, then works batches until nothing is due; answers how many dispatches were worked. */
    public Uni<Integer> runUntilIdle() {
        return reconciler.reconcile()
                .chain(this::publishLeftOverDeadLetters)
                .chain(() -> batches(MAX_BATCHES));
    }

    private Uni<Integer> batches(int left) {
        if (left == 0) {
            return Uni.createFrom().item(0);
        }
        return runBatch().chain(worked -> worked == 0 ? Uni.createFrom().item(0) : batches(left - 1).map(more -> worked + more));
    }

    /** Claims and works one batch; answers how many dispatches it held. */
    public Uni<Integer> runBatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> dispatches.claim(worker, now, config.dispatcher().lease(), config.dispatcher().batchSize()))
                .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(0) : Multi.createFrom().iterable(claimed)
                        // One at a time: a reactive session (and so a dispatch's transactions) belongs to one context.
                        .onItem().transformToUniAndConcatenate(id -> dispatcher.work(id, worker).replaceWith(id))
                        .collect().asList().map(List::size));
    }

    private Uni<Void> publishLeftOverDeadLetters() {
        return Panache.withSession(dispatches::awaitingDeadLetter)
                .chain(failed -> Multi.createFrom().iterable(failed)
                        .onItem().transformToUniAndConcatenate(d -> dispatcher.publishDeadLetter(d.sourceEventId(), d.record(), d.note())
                                .replaceWith(d))
                        .collect().asList().replaceWithVoid());
    }

    public String worker() {
        return worker;
    }
}
