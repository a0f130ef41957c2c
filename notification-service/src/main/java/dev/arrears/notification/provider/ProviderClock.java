package dev.arrears.notification.provider;

import jakarta.enterprise.inject.Instance;

import java.time.Clock;

/**
 * The clock providers and webhooks read: the service's {@link Clock} bean where one exists (the outbox module's
 * producer, once the service publishes through it), else the system clock, so this code needs no producer of its own
 * that could clash with that one.
 */
public final class ProviderClock {

    private ProviderClock() {
    }

    public static Clock of(Instance<Clock> clock) {
        return clock.isResolvable() ? clock.get() : Clock.systemUTC();
    }
}
