package dev.arrears.dunning.run;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls the durable schedule: every interval, runs batches until nothing is due. One loop per replica;
 * replicas share the work through the schedule's claims, so adding replicas adds throughput.
 */
@ApplicationScoped
public class DunningScheduler {

    private static final Logger LOG = Logger.getLogger(DunningScheduler.class);

    private final DunningRunner runner;
    private final DunningConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    DunningScheduler(DunningRunner runner, DunningConfig config, Vertx vertx) {
        this.runner = runner;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (!config.scheduler().enabled()) {
            LOG.info("Dunning scheduler disabled (arrears.dunning.scheduler.enabled=false): runs happen only on request");
            return;
        }
        timer = vertx.setPeriodic(config.scheduler().interval().toMillis(), id -> tick());
        LOG.infof("Dunning scheduler started as %s, polling every %s", runner.worker(), config.scheduler().interval());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        // A slow run must not overlap the next tick: the next tick is skipped instead.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        VertxContext.getOrCreateDuplicatedContext(vertx).runOnContext(v -> runner.runUntilIdle().subscribe().with(
                customers -> {
                    if (customers > 0) {
                        LOG.debugf("Dunning run evaluated %d customer(s)", customers);
                    }
                    running.set(false);
                },
                failure -> {
                    LOG.error("Dunning run failed; the claimed items are retried when their lease expires", failure);
                    running.set(false);
                }));
    }
}
