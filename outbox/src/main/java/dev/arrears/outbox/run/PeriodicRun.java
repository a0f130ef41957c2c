package dev.arrears.outbox.run;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A polling loop of one replica: runs a reactive job every interval, never two runs at once (a slow run makes the
 * next ticks pass). Each run gets a duplicated Vert.x context of its own, flagged safe, as Hibernate Reactive requires
 * of any context it opens a session on; a run that fails is logged and the loop goes on.
 */
public final class PeriodicRun {

    private static final Logger LOG = Logger.getLogger(PeriodicRun.class);

    private final String name;
    private final Vertx vertx;
    private final Supplier<Uni<?>> job;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long timer = -1;

    private PeriodicRun(String name, Vertx vertx, Supplier<Uni<?>> job) {
        this.name = name;
        this.vertx = vertx;
        this.job = job;
    }

    /**
     * Starts the loop.
     *
     * @param name what the log calls a failed run, e.g. "Dispatch run"
     * @param runAtStart whether the first run starts now rather than after one interval
     */
    public static PeriodicRun start(String name, Vertx vertx, Duration interval, boolean runAtStart, Supplier<Uni<?>> job) {
        PeriodicRun run = new PeriodicRun(name, vertx, job);
        if (runAtStart) {
            run.tick();
        }
        run.timer = vertx.setPeriodic(interval.toMillis(), id -> run.tick());
        return run;
    }

    /** Stops the loop; a run in progress finishes. */
    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    /** Whether a run is in progress. */
    public boolean running() {
        return running.get();
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> {
            try {
                job.get().subscribe().with(result -> running.set(false), this::failed);
            } catch (RuntimeException e) {
                failed(e);
            }
        });
    }

    private void failed(Throwable failure) {
        LOG.errorf(failure, "%s failed; the next tick tries again", name);
        running.set(false);
    }
}
