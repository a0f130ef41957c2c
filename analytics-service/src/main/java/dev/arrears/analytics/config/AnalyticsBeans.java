package dev.arrears.analytics.config;

import dev.arrears.analytics.stream.AnalyticsTopology;
import dev.arrears.contracts.time.ShiftedClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/** The topology Quarkus runs, and the clock the REST API takes "today" from. */
@ApplicationScoped
public class AnalyticsBeans {

    /** Not a proxied scope: Kafka Streams reads the topology's fields, which a client proxy does not have. */
    @Produces
    @Singleton
    Topology topology(AnalyticsConfig config) {
        return AnalyticsTopology.build(config.settings(), config.publishSettings());
    }

    /** The platform's clock: the system's, or shifted for a demo or an end-to-end test ({@code arrears.clock.*}). */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "arrears.clock.start") Optional<String> start,
                @ConfigProperty(name = "arrears.clock.anchor") Optional<String> anchor,
                @ConfigProperty(name = "arrears.clock.speed", defaultValue = "1") double speed) {
        return ShiftedClock.configured(start, anchor, speed);
    }
}
