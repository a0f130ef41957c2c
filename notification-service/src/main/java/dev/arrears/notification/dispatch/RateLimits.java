package dev.arrears.notification.dispatch;

import dev.arrears.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per provider, as configured; a provider without a limit is not paced. Per replica. */
@ApplicationScoped
public class RateLimits {

    private final NotificationConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimits(NotificationConfig config) {
        this.config = config;
    }

    /** Takes a send from the provider's bucket (zero), or answers how long until one is available (nothing taken). */
    public Duration take(String provider) {
        NotificationConfig.RateLimit limit = config.rateLimits().get(provider);
        if (limit == null) {
            return Duration.ZERO;
        }
        return buckets.computeIfAbsent(provider, p -> new TokenBucket(limit.perSecond(), limit.burst(), System::nanoTime)).take();
    }
}
