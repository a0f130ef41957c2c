package dev.arrears.outbox.time;

import dev.arrears.contracts.time.ShiftedClock;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/**
 * The only source of time of a service that publishes events: the system clock, or the platform's shifted clock
 * ({@code arrears.clock.*}, see {@link ShiftedClock}) for a demo or an end-to-end test. Tests replace the bean.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "arrears.clock.start") Optional<String> start,
                @ConfigProperty(name = "arrears.clock.anchor") Optional<String> anchor,
                @ConfigProperty(name = "arrears.clock.speed", defaultValue = "1") double speed) {
        Clock clock = ShiftedClock.configured(start, anchor, speed);
        if (clock instanceof ShiftedClock) {
            LOG.infof("Clock shifted (arrears.clock.*): it is %s here, running at %s times real time", clock.instant(), speed);
        }
        return clock;
    }
}
