package dev.arrears.analytics.config;

import dev.arrears.analytics.stream.AnalyticsTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.streams.Topology;

import java.time.Clock;

/** The topology Quarkus runs, and the clock the REST API takes "today" from. */
@ApplicationScoped
public class AnalyticsBeans {

    @Produces
    @ApplicationScoped
    Topology topology(AnalyticsConfig config) {
        return AnalyticsTopology.build(config.settings(), config.publishSettings());
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
