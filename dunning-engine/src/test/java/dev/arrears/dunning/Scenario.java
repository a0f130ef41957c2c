package dev.arrears.dunning;

import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Topics;
import dev.arrears.dunning.run.DunningRunner;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.vertx.VertxContextSupport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * One test's tenant walked through time: invoice events in, the clock set, runs made, and the dunning events the
 * engine published read back. Each test gets its own tenant, so tests share the broker and database safely.
 */
public final class Scenario {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final TestClock clock;
    private final DunningRunner runner;
    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final InvoiceEvents events = new InvoiceEvents(tenant);

    public Scenario(TestClock clock, DunningRunner runner) {
        this.clock = clock;
        this.runner = runner;
    }

    public String tenant() {
        return tenant;
    }

    public InvoiceEvents events() {
        return events;
    }

    public void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    /** Sets the clock and runs the engine until nothing is due. */
    public void run(String instant) throws Throwable {
        at(instant);
        VertxContextSupport.subscribeAndAwait(runner::runUntilIdle);
    }

    /** Waits until the engine has recorded the invoice events that leave this open amount. */
    public void awaitOpen(String customer, String invoiceNumber, String open) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/customers/{c}/receivables", tenant, customer)
                .then().statusCode(200)
                .body("find { it.invoiceNumber == '" + invoiceNumber + "' }.openAmount.amount", is(open)));
    }

    /** Waits for {@code count} events of the type about the customer, then answers all there are (duplicates would show). */
    public <T> List<T> published(String customer, EventType type, int count, Class<T> payload) {
        TestKafka.awaitRecords(Topics.DUNNING_EVENTS, r -> about(r, customer, type), count, WAIT);
        return TestKafka.allRecords(Topics.DUNNING_EVENTS, r -> about(r, customer, type)).stream()
                .map(r -> conforming(r, payload)).toList();
    }

    /** The first event of the type about the customer, once published. */
    public <T> T first(String customer, EventType type, Class<T> payload) {
        return conforming(TestKafka.awaitRecord(Topics.DUNNING_EVENTS, r -> about(r, customer, type), WAIT), payload);
    }

    private static <T> T conforming(TestKafka.Received record, Class<T> payload) {
        return payload.cast(record.conforming());
    }

    private boolean about(TestKafka.Received record, String customer, EventType type) {
        return record.key().equals(tenant + ":" + customer) && type.type().equals(record.header("ce_type"));
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return ArrearsJson.mapper().readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("not a " + type.getSimpleName() + ": " + json, e);
        }
    }
}
