package dev.arrears.notification.dispatch;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th failure wait between half and all of
 * {@code initial × 2^(n-1)} (capped at {@code max}), so replicas retrying after the same outage spread out yet
 * never come back sooner than half the nominal wait; never sooner than the provider's Retry-After.
 */
public record Backoff(Duration initial, Duration max) {

    /**
     * @param failures how many attempts failed so far (at least 1)
     * @param retryAfter what the provider asked for, or {@code null}
     * @param random uniform in [0, 1)
     */
    public Duration delay(int failures, Duration retryAfter, DoubleSupplier random) {
        long nominal = initial.toMillis();
        for (int i = 1; i < failures && nominal < max.toMillis(); i++) {
            nominal *= 2;
        }
        nominal = Math.min(nominal, max.toMillis());
        Duration jittered = Duration.ofMillis(nominal / 2 + (long) (random.getAsDouble() * (nominal - nominal / 2)));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }
}
