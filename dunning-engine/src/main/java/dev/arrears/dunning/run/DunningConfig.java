package dev.arrears.dunning.run;

import dev.arrears.dunning.domain.run.RunSettings;
import dev.arrears.dunning.domain.schedule.ContactCap;
import dev.arrears.dunning.domain.schedule.SendWindow;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** How the engine runs its schedule and contacts customers ({@code arrears.dunning.*}). */
@ConfigMapping(prefix = "arrears.dunning")
public interface DunningConfig {

    Scheduler scheduler();

    /** Local hours customers may be contacted on business days. */
    @WithDefault("09:00")
    LocalTime sendWindowStart();

    @WithDefault("17:00")
    LocalTime sendWindowEnd();

    /** At most this many reminders per customer in any rolling {@link #contactCapPeriod()}. */
    @WithDefault("3")
    int contactCapMax();

    @WithDefault("P7D")
    Duration contactCapPeriod();

    @WithDefault("PER_CUSTOMER")
    RunSettings.Consolidation consolidation();

    /** Days after a promised payment date before the promise counts as broken. */
    @WithDefault("3")
    int promiseGraceDays();

    /** For customers whose master data has not arrived yet. */
    @WithDefault("UTC")
    ZoneId defaultTimeZone();

    @WithDefault("DE")
    String defaultCountry();

    default RunSettings runSettings() {
        return new RunSettings(SendWindow.of(sendWindowStart(), sendWindowEnd()), ContactCap.of(contactCapMax(), contactCapPeriod()),
                consolidation());
    }

    /** The polling loop that claims due items. */
    interface Scheduler {

        /** Off in tests, which drive runs themselves with a controlled clock. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("5s")
        Duration interval();

        @WithDefault("200")
        int batchSize();

        /** How long a claimed item is reserved for a replica; one that dies releases its items when it expires. */
        @WithDefault("5m")
        Duration lease();
    }
}
