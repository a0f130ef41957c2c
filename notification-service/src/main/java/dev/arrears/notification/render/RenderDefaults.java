package dev.arrears.notification.render;

import dev.arrears.notification.message.Recipients;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.util.Optional;

/**
 * What rendering needs from the rest of the service, until the rest provides it: an empty contact store (replaced by
 * the dispatch pipeline's {@link Recipients}), and the time.
 */
@ApplicationScoped
public class RenderDefaults {

    private final Clock clock;

    /** The service's Clock once it has one (the outbox module produces it); the system clock until then. */
    RenderDefaults(Instance<Clock> clock) {
        this.clock = clock.isResolvable() ? clock.get() : Clock.systemUTC();
    }

    public Clock clock() {
        return clock;
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Recipients noRecipients() {
        return (tenantId, customerId) -> Uni.createFrom().item(Optional.empty());
    }
}
