package dev.arrears.notification.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Clock;

/** The time rendering takes "today" from: the service's Clock, or the system clock where there is none (render-only use). */
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
}
