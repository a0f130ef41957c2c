package dev.arrears.outbox.run;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The loops on a plain Vert.x: failures are counted and survived, a run never overlaps the next, a hung run is reported. */
class PeriodicRunsTest {

    private static final Duration TICK = Duration.ofMillis(20);

    private final Vertx vertx = Vertx.vertx();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PeriodicRuns runs = new PeriodicRuns(vertx, registry);

    @AfterEach
    void close() {
        runs.all().forEach(PeriodicRun::stop);
        vertx.close();
    }

    @Test
    void aFailingRunIsCountedAndTheLoopGoesOnUntilARunSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        PeriodicRun run = runs.start("flaky", TICK, true, () -> calls.incrementAndGet() <= 3
                ? Uni.createFrom().failure(new IllegalStateException("database unavailable"))
                : Uni.createFrom().item(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> run.succeeded() >= 1);

        assertThat(run.failed()).isEqualTo(3);
        assertThat(run.consecutiveFailures()).isZero();
        assertThat(run.lastError()).contains("IllegalStateException: database unavailable");
        assertThat(run.lastFailed()).isPresent();
        assertThat(registry.get("arrears.loop.runs").tag("loop", "flaky").tag("outcome", "failure").functionCounter().count())
                .isEqualTo(3);
        assertThat(registry.get("arrears.loop.last.success").tag("loop", "flaky").gauge().value()).isPositive();
        assertThat(health(Duration.ofHours(2)).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aRunThatNeverEndsIsNeverOverlappedAndIsReportedStuck() {
        AtomicInteger calls = new AtomicInteger();
        PeriodicRun run = runs.start("hung", TICK, true, () -> {
            calls.incrementAndGet();
            return Uni.createFrom().nothing();
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> run.runningSince().isPresent());
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> true);

        assertThat(calls.get()).isEqualTo(1);
        assertThat(health(Duration.ofHours(2)).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        HealthCheckResponse stuck = health(Duration.ofMillis(100));
        assertThat(stuck.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(stuck.getData().orElseThrow()).containsEntry("hung.stuck", "a run has been going for longer than PT0.1S");
    }

    private HealthCheckResponse health(Duration stuckAfter) {
        return new PeriodicRunsHealthCheck(runs, stuckAfter).call();
    }
}
