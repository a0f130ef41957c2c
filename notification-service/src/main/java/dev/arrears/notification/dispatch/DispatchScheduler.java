package dev.arrears.notification.dispatch;

import dev.arrears.notification.config.NotificationConfig;
import dev.arrears.outbox.run.PeriodicRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Polls the dispatch table: at start (which reconciles what a crash left uncertain) and every interval after,
 * runs the pipeline until nothing is due. One loop per replica.
 */
@ApplicationScoped
public class DispatchScheduler {

    private static final Logger LOG = Logger.getLogger(DispatchScheduler.class);

    private final DispatchRunner runner;
    private final NotificationConfig config;
    private final PeriodicRuns loops;

    DispatchScheduler(DispatchRunner runner, NotificationConfig config, PeriodicRuns loops) {
        this.runner = runner;
        this.config = config;
        this.loops = loops;
    }

    void start(@Observes StartupEvent event) {
        if (!config.dispatcher().enabled()) {
            LOG.info("Dispatcher disabled (arrears.notification.dispatcher.enabled=false): nothing is sent unless asked");
            return;
        }
        // A failed run's claimed dispatches are taken up again when their lease expires.
        loops.start("dispatch", config.dispatcher().interval(), true, runner::runUntilIdle);
        LOG.infof("Dispatcher started as %s, polling every %s", runner.worker(), config.dispatcher().interval());
    }
}
