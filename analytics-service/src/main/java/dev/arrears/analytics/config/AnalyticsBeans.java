package dev.arrears.analytics.config;

import dev.arrears.analytics.stream.AnalyticsTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.Topology;

import java.time.Clock;

/** The topology Quarkus runs, and the clock the REST API takes "today" from. */
@ApplicationScoped
public class AnalyticsBeans {

    /** Not a proxied scope: Kafka Streams reads the topology's fields, which a client proxy does not have. */
    @Produces
    @Singleton
    Topology topology(AnalyticsConfig config) {
        return AnalyticsTopology.build(config.settings(), config.publishSettings());
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
