package dev.arrears.notification.dispatch;

import dev.arrears.notification.config.NotificationConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls the dispatch table: at start (which reconciles what a crash left uncertain) and every interval after,
 * runs the pipeline until nothing is due. One loop per replica.
 */
@ApplicationScoped
public class DispatchScheduler {

    private static final Logger LOG = Logger.getLogger(DispatchScheduler.class);

    private final DispatchRunner runner;
    private final NotificationConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    DispatchScheduler(DispatchRunner runner, NotificationConfig config, Vertx vertx) {
        this.runner = runner;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (!config.dispatcher().enabled()) {
            LOG.info("Dispatcher disabled (arrears.notification.dispatcher.enabled=false): nothing is sent unless asked");
            return;
        }
        tick();
        timer = vertx.setPeriodic(config.dispatcher().interval().toMillis(), id -> tick());
        LOG.infof("Dispatcher started as %s, polling every %s", runner.worker(), config.dispatcher().interval());
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
                worked -> running.set(false),
                failure -> {
                    LOG.error("Dispatch run failed; claimed dispatches are taken up again when their lease expires", failure);
                    running.set(false);
                }));
    }
}
