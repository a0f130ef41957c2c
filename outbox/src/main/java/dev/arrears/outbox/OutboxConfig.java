package dev.arrears.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Configuration of a service's outbox and of the relay that publishes it. */
@ConfigMapping(prefix = "arrears.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code /arrears/invoice-service}. */
    String source();

    Relay relay();

    interface Relay {

        /** Off where a Kafka Connect Debezium connector captures the outbox instead (docker-compose, Kubernetes). */
        @WithDefault("true")
        boolean enabled();

        /** The logical replication slot, created by the outbox migration. */
        String slot();

        /** The publication of the outbox table, created by the outbox migration. */
        String publication();

        /** Table in the service's own database where Debezium keeps its offsets. */
        @WithDefault("outbox_relay_offsets")
        String offsetsTable();

        /** How often a standby replica tries to become the relay leader. */
        @WithDefault("2s")
        Duration standbyPoll();

        /** Pause before restarting a failed engine; doubles on each failure up to {@link #maxBackoff()}. */
        @WithDefault("2s")
        Duration backoff();

        @WithDefault("60s")
        Duration maxBackoff();

        /** How long a batch may wait for Kafka's acknowledgements before the engine restarts. */
        @WithDefault("60s")
        Duration ackTimeout();

        @WithDefault("1024")
        int maxBatchSize();

        /** How often the relay polls the replication stream when it is idle. */
        @WithDefault("100ms")
        Duration pollInterval();
    }
}
