package dev.arrears.outbox.run;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A polling loop of one replica: runs a reactive job every interval, never two runs at once (a slow run makes the
 * next ticks pass). Each run gets a duplicated Vert.x context of its own, flagged safe, as Hibernate Reactive requires
 * of any context it opens a session on; a run that fails is logged and the loop goes on. It remembers how its runs
 * went, in wall-clock time, for the health check and the metrics ({@link PeriodicRuns}).
 */
public final class PeriodicRun {

    private static final Logger LOG = Logger.getLogger(PeriodicRun.class);

    private final String name;
    private final Vertx vertx;
    private final Supplier<Uni<?>> job;
    private final Clock wallClock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong consecutiveFailures = new AtomicLong();
    private volatile long timer = -1;
    private volatile Instant lastStarted;
    private volatile Instant lastSucceeded;
    private volatile Instant lastFailed;
    private volatile String lastError;

    PeriodicRun(String name, Vertx vertx, Supplier<Uni<?>> job, Clock wallClock) {
        this.name = name;
        this.vertx = vertx;
        this.job = job;
        this.wallClock = wallClock;
    }

    /**
     * Starts the loop.
     *
     * @param runAtStart whether the first run starts now rather than after one interval
     */
    PeriodicRun start(Duration interval, boolean runAtStart) {
        if (runAtStart) {
            tick();
        }
        timer = vertx.setPeriodic(interval.toMillis(), id -> tick());
        return this;
    }

    /** Stops the loop; a run in progress finishes. */
    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    public String name() {
        return name;
    }

    /** The start of the run in progress, if one is. */
    public Optional<Instant> runningSince() {
        return running.get() ? Optional.ofNullable(lastStarted) : Optional.empty();
    }

    public Optional<Instant> lastSucceeded() {
        return Optional.ofNullable(lastSucceeded);
    }

    public Optional<Instant> lastFailed() {
        return Optional.ofNullable(lastFailed);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public long succeeded() {
        return succeeded.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Failed runs since the last one that succeeded. */
    public long consecutiveFailures() {
        return consecutiveFailures.get();
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        lastStarted = wallClock.instant();
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> {
            try {
                job.get().subscribe().with(result -> completed(), this::failed);
            } catch (RuntimeException e) {
                failed(e);
            }
        });
    }

    private void completed() {
        lastSucceeded = wallClock.instant();
        succeeded.incrementAndGet();
        consecutiveFailures.set(0);
        running.set(false);
    }

    private void failed(Throwable failure) {
        LOG.errorf(failure, "%s run failed; the next tick tries again", name);
        lastFailed = wallClock.instant();
        lastError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        failed.incrementAndGet();
        consecutiveFailures.incrementAndGet();
        running.set(false);
    }
}
