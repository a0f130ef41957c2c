package dev.arrears.outbox.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when this replica streams the outbox, stands by for another replica that does, or leaves the
 * outbox to a Kafka Connect connector. Not ready while the engine starts or after it failed.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    OutboxRelayHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        RelayState state = relay.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay")
                .status(state == RelayState.STREAMING || state == RelayState.STANDBY || state == RelayState.STOPPED)
                .withData("state", state.name())
                .withData("since", relay.stateSince().toString())
                .withData("slot", relay.slot());
        relay.lastError().ifPresent(error -> response.withData("error", error));
        return response.build();
    }
}
