package dev.arrears.dunning.run;

import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.dunning.EngineTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The scheduler as a deployed engine runs it: nobody calls the runner, the polling loop finds the due step and the
 * reminder goes out. Its runs open Hibernate Reactive sessions on contexts of their own, which only this catches.
 */
@QuarkusTest
@TestProfile(SchedulerTest.SchedulerOn.class)
class SchedulerTest extends EngineTest {

    /** The scheduler on, polling fast. */
    public static class SchedulerOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arrears.dunning.scheduler.enabled", "true", "arrears.dunning.scheduler.interval", "200ms");
        }
    }

    @Test
    void theLoopSendsTheDueStepWithoutBeingAsked() {
        // Monday 5 October, 09:00 in Berlin: the courtesy note of an invoice issued on the 1st is due.
        scenario.at("2026-10-05T07:00:00Z");
        events.customer("C-1", "de", "Europe/Berlin", "DE", true);
        events.invoice("C-1", "INV-1", "2026-10-01", "2026-10-31", "1190.00");

        ReminderDue courtesy = scenario.first("C-1", EventType.REMINDER_DUE, ReminderDue.class);

        assertThat(courtesy.step()).isEqualTo(new PolicyStep("default", 1, 0, "courtesy"));
        assertThat(courtesy.tone()).isEqualTo(Tone.FRIENDLY);
        assertThat(courtesy.channels()).containsExactly(Channel.EMAIL);
        assertThat(courtesy.items()).extracting(DunnedItem::invoiceNumber).containsExactly("INV-1");
        assertThat(courtesy.scheduledFor()).isEqualTo(Instant.parse("2026-10-05T07:00:00Z"));
        assertThat(scenario.published("C-1", EventType.REMINDER_DUE, 1, ReminderDue.class)).hasSize(1);
        assertThat(courtesy.templateId()).isEqualTo("courtesy");
        assertThat(courtesy.language()).isEqualTo("de");

        // Ops see the loop at work: alive, when it last succeeded, and its runs counted.
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Polling loops' }.status", is("UP"))
                .body("checks.find { it.name == 'Polling loops' }.data.'dunning.lastSucceededAt'", notNullValue())
                .body("checks.find { it.name == 'Polling loops' }.data.'dunning.consecutiveFailures'", is(0));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("arrears_loop_runs_total{loop=\"dunning\",outcome=\"success\"}"))
                .body(containsString("arrears_loop_last_success_seconds{loop=\"dunning\"}"));
    }
}
