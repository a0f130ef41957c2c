package dev.arrears.dunning.run;

import dev.arrears.outbox.run.PeriodicRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Polls the durable schedule: every interval, runs batches until nothing is due. One loop per replica;
 * replicas share the work through the schedule's claims, so adding replicas adds throughput.
 */
@ApplicationScoped
public class DunningScheduler {

    private static final Logger LOG = Logger.getLogger(DunningScheduler.class);

    private final DunningRunner runner;
    private final DunningConfig config;
    private final PeriodicRuns loops;

    DunningScheduler(DunningRunner runner, DunningConfig config, PeriodicRuns loops) {
        this.runner = runner;
        this.config = config;
        this.loops = loops;
    }

    void start(@Observes StartupEvent event) {
        if (!config.scheduler().enabled()) {
            LOG.info("Dunning scheduler disabled (arrears.dunning.scheduler.enabled=false): runs happen only on request");
            return;
        }
        // A failed run's claimed items are retried when their lease expires.
        loops.start("dunning", config.scheduler().interval(), false, () -> runner.runUntilIdle().invoke(customers -> {
                    if (customers > 0) {
                        LOG.debugf("Dunning run evaluated %d customer(s)", customers);
                    }
                }));
        LOG.infof("Dunning scheduler started as %s, polling every %s", runner.worker(), config.scheduler().interval());
    }
}
