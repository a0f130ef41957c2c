package dev.arrears.dunning.run;

import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.dunning.InvoiceEvents;
import dev.arrears.dunning.TestClock;
import dev.arrears.dunning.audit.AuditTrail;
import dev.arrears.dunning.repository.CallTasks;
import dev.arrears.dunning.repository.PolicyStore;
import dev.arrears.dunning.repository.RunStore;
import dev.arrears.dunning.repository.Schedule;
import dev.arrears.outbox.Outbox;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** Two engine replicas on one database share a backlog: every customer is reminded once, by one of them. */
@QuarkusTest
class TwoEnginesTest {

    private static final int CUSTOMERS = 40;

    @Inject
    TestClock clock;
    @Inject
    DunningRunner first;
    @Inject
    Schedule schedule;
    @Inject
    RunStore store;
    @Inject
    PolicyStore policies;
    @Inject
    CallTasks callTasks;
    @Inject
    AuditTrail auditTrail;
    @Inject
    Outbox outbox;
    @Inject
    DunningConfig config;
    @Inject
    RunMetrics metrics;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shareABacklogWithZeroDuplicateSteps() throws Exception {
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        InvoiceEvents events = new InvoiceEvents(tenant);
        IntStream.range(0, CUSTOMERS).forEach(i -> events.invoice("C-" + i, "INV-" + i, "2026-04-15", "2026-05-15", "100.00"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/api/v1/tenants/{t}/worklist", tenant).then().statusCode(200).body("$", hasSize(CUSTOMERS)));

        DunningRunner second = new DunningRunner(schedule, store, policies, callTasks, auditTrail, outbox, config, metrics, clock);
        assertThat(second.worker()).isNotEqualTo(first.worker());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        Future<Integer> a = replicas.submit(replica(first, start));
        Future<Integer> b = replicas.submit(replica(second, start));
        start.countDown();
        int byFirst = a.get();
        int bySecond = b.get();
        replicas.shutdown();

        // Other tests' customers may be due too; this tenant's are counted on the topic.
        assertThat(byFirst + bySecond).isGreaterThanOrEqualTo(CUSTOMERS);
        assertThat(byFirst).as("both replicas took part").isPositive();
        assertThat(bySecond).as("both replicas took part").isPositive();
        TestKafka.awaitRecords(Topics.DUNNING_EVENTS, this::reminderOfTenant, CUSTOMERS, Duration.ofSeconds(60));
        List<ReminderDue> reminders = TestKafka.allRecords(Topics.DUNNING_EVENTS, this::reminderOfTenant).stream()
                .map(r -> read(r.value())).toList();
        assertThat(reminders).hasSize(CUSTOMERS);
        assertThat(reminders).extracting(ReminderDue::customerId).doesNotHaveDuplicates();
        assertThat(reminders).allSatisfy(r -> assertThat(r.step().stepName()).isEqualTo("overdue-14"));
    }

    private boolean reminderOfTenant(TestKafka.Received record) {
        return record.key().startsWith(tenant + ":") && EventType.REMINDER_DUE.type().equals(record.header("ce_type"));
    }

    private static Callable<Integer> replica(DunningRunner runner, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                return VertxContextSupport.subscribeAndAwait(runner::runUntilIdle);
            } catch (Exception e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static ReminderDue read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, ReminderDue.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
