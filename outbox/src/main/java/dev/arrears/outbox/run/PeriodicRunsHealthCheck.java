package dev.arrears.outbox.run;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Alive unless a polling loop is stuck: a run in progress for longer than {@code arrears.loops.stuck-after} (2 hours by
 * default: a run works its backlog until nothing is due, which at Twilio's pace of one text a second can take an hour
 * and more, while every provider call times out within a minute), which a restart cures (its claims expire and another replica, or this one restarted, takes them up). Failing runs alone do
 * not make the replica unhealthy here (a database outage fails every run, and readiness reports that); they show as
 * data: when each loop last succeeded and failed, why, and how many runs failed in a row.
 */
@Liveness
@ApplicationScoped
public class PeriodicRunsHealthCheck implements HealthCheck {

    private final PeriodicRuns runs;
    private final Duration stuckAfter;
    private final Clock wallClock = Clock.systemUTC();

    PeriodicRunsHealthCheck(PeriodicRuns runs, @ConfigProperty(name = "arrears.loops.stuck-after", defaultValue = "2h") Duration stuckAfter) {
        this.runs = runs;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = wallClock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Polling loops").up();
        for (PeriodicRun run : runs.all()) {
            String prefix = run.name() + ".";
            run.runningSince().ifPresent(since -> {
                response.withData(prefix + "runningSince", since.toString());
                if (Duration.between(since, now).compareTo(stuckAfter) > 0) {
                    response.down().withData(prefix + "stuck", "a run has been going for longer than " + stuckAfter);
                }
            });
            run.lastSucceeded().ifPresent(t -> response.withData(prefix + "lastSucceededAt", t.toString()));
            run.lastFailed().ifPresent(t -> response.withData(prefix + "lastFailedAt", t.toString()));
            run.lastError().ifPresent(e -> response.withData(prefix + "lastError", e));
            response.withData(prefix + "consecutiveFailures", run.consecutiveFailures());
        }
        return response.build();
    }
}
