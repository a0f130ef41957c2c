package dev.arrears.notification.dispatch;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: {@code burst} sends at once, refilled at {@code perSecond}. Runs on a monotonic nanosecond clock,
 * not the business {@link java.time.Clock}: a provider's limit is about real seconds, even when a demo accelerates
 * or a test freezes business time.
 */
public final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public TokenBucket(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perNano = perSecond / 1e9;
        this.capacity = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Takes a token and answers zero, or takes nothing and answers how long until one is there. */
    public synchronized Duration take() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }
}
