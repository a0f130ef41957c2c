package dev.arrears.outbox.run;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The polling loops of this replica (the dunning schedule, the dispatch table), started here so that each is watched:
 * {@code arrears_loop_runs_total{loop,outcome}} and {@code arrears_loop_last_success_seconds{loop}} on /q/metrics, and
 * the liveness check {@link PeriodicRunsHealthCheck}. Stopped at shutdown.
 */
@ApplicationScoped
public class PeriodicRuns {

    private final Vertx vertx;
    private final MeterRegistry registry;
    private final List<PeriodicRun> runs = new CopyOnWriteArrayList<>();

    PeriodicRuns(Vertx vertx, MeterRegistry registry) {
        this.vertx = vertx;
        this.registry = registry;
    }

    /**
     * @param name the loop's name in logs, metrics and health, e.g. {@code dispatch}
     * @param runAtStart whether the first run starts now rather than after one interval
     */
    public PeriodicRun start(String name, Duration interval, boolean runAtStart, Supplier<Uni<?>> job) {
        PeriodicRun run = new PeriodicRun(name, vertx, job, Clock.systemUTC());
        FunctionCounter.builder("arrears.loop.runs", run, PeriodicRun::succeeded).tag("loop", name).tag("outcome", "success")
                .description("Runs of the replica's polling loop, by outcome").register(registry);
        FunctionCounter.builder("arrears.loop.runs", run, PeriodicRun::failed).tag("loop", name).tag("outcome", "failure")
                .description("Runs of the replica's polling loop, by outcome").register(registry);
        Gauge.builder("arrears.loop.last.success", run, r -> r.lastSucceeded().map(t -> t.toEpochMilli() / 1000.0).orElse(0.0))
                .tag("loop", name).baseUnit("seconds")
                .description("When the loop last completed a run, in seconds since the epoch; alert when it falls behind")
                .register(registry);
        runs.add(run);
        return run.start(interval, runAtStart);
    }

    public List<PeriodicRun> all() {
        return List.copyOf(runs);
    }

    void stop(@Observes ShutdownEvent event) {
        runs.forEach(PeriodicRun::stop);
    }
}
