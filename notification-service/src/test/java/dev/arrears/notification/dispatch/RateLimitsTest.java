package dev.arrears.notification.dispatch;

import dev.arrears.notification.config.NotificationConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    @Test
    void pacesEachConfiguredProviderOnItsOwnAndLeavesOthersAlone() {
        RateLimits limits = new RateLimits(config(Map.of("twilio", limit(0.5, 1), "sendgrid", limit(100, 2))));

        assertThat(limits.take("twilio")).isZero();
        assertThat(limits.take("twilio")).isGreaterThan(Duration.ofSeconds(1)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(limits.take("sendgrid")).isZero();
        assertThat(limits.take("sendgrid")).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(limits.take("local-mailbox")).isZero();
        }
    }

    private static NotificationConfig config(Map<String, NotificationConfig.RateLimit> limits) {
        return (NotificationConfig) Proxy.newProxyInstance(RateLimitsTest.class.getClassLoader(), new Class<?>[]{NotificationConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rateLimits")) {
                        return limits;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }


    private static NotificationConfig.RateLimit limit(double perSecond, int burst) {
        return new NotificationConfig.RateLimit() {
            @Override
            public double perSecond() {
                return perSecond;
            }

            @Override
            public int burst() {
                return burst;
            }
        };
    }
}
