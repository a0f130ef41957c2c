package dev.arrears.notification.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void letsABurstThroughThenPacesToTheRate() {
        TokenBucket bucket = new TokenBucket(2, 3, nanos::get);

        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isEqualTo(Duration.ofMillis(500));
        nanos.addAndGet(Duration.ofMillis(250).toNanos());
        assertThat(bucket.take()).isEqualTo(Duration.ofMillis(250));
        nanos.addAndGet(Duration.ofMillis(250).toNanos());
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aQuietSpellRefillsNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(1, 2, nanos::get);
        bucket.take();
        bucket.take();

        nanos.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isZero();
        assertThat(bucket.take()).isEqualTo(Duration.ofSeconds(1));
    }
}
