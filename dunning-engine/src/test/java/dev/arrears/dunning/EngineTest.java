package dev.arrears.dunning;

import dev.arrears.dunning.run.DunningRunner;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the engine on real Kafka and PostgreSQL: each test walks a tenant of its own through time with a
 * {@link Scenario}, and the shared clock is put back after it, so test classes share one application safely.
 */
public abstract class EngineTest {

    /** A stricter policy than the default, for tests of policy versions, migrations, fees and what-if. */
    protected static final String STRICT_POLICY = """
            {"name": "Strict B2B",
             "lateFee": {"kind": "STATUTORY", "jurisdiction": "EU"},
             "steps": [
               {"name": "overdue-1", "anchor": "DUE_DATE", "offsetDays": 1, "channels": ["EMAIL"], "templateId": "overdue",
                "tone": "FIRM", "actions": ["SEND_REMINDER", "ASSESS_LATE_FEE"]},
               {"name": "overdue-31", "anchor": "DUE_DATE", "offsetDays": 31, "channels": ["EMAIL", "LETTER"],
                "templateId": "final-notice", "tone": "FINAL_NOTICE", "actions": ["SEND_REMINDER", "ASSESS_LATE_FEE"]}]}""";

    @Inject
    protected TestClock clock;

    @Inject
    protected DunningRunner runner;

    protected Scenario scenario;
    protected String tenant;
    protected InvoiceEvents events;

    @BeforeEach
    void newTenant() {
        scenario = new Scenario(clock, runner);
        tenant = scenario.tenant();
        events = scenario.events();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
