package dev.arrears.notification;

import dev.arrears.notification.dispatch.DispatchRunner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.UUID;

/**
 * A test of the pipeline on real Kafka and PostgreSQL: a tenant of its own, the clock set before each test, and the
 * test providers and clock put back after it, so test classes share one application safely.
 */
public abstract class PipelineTest {

    /** Monday 16 November 2026, 10:00 in Berlin. */
    protected static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T09:00:00Z");

    @Inject
    protected TestClock clock;

    @Inject
    protected DispatchRunner runner;

    @Inject
    protected Script script;

    protected final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    protected final DunningEvents events = new DunningEvents(tenant);
    protected Pipeline pipeline;

    /** Where each test's clock starts. */
    protected Instant startsAt() {
        return MONDAY_MORNING;
    }

    @BeforeEach
    void startPipeline() {
        pipeline = new Pipeline(runner, tenant);
        clock.set(startsAt());
    }

    @AfterEach
    void resetPipeline() {
        script.reset();
        clock.reset();
    }
}
