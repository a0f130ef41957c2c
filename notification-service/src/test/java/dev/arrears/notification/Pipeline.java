package dev.arrears.notification;

import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Topics;
import dev.arrears.notification.dispatch.DispatchRunner;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Drives the pipeline in tests and reads back what it did, through its API and Kafka, as an outside client would. */
public final class Pipeline {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final DispatchRunner runner;
    private final String tenant;

    public Pipeline(DispatchRunner runner, String tenant) {
        this.runner = runner;
        this.tenant = tenant;
    }

    /** One run of this replica's pipeline, as the scheduler would start it. */
    public void run() throws Throwable {
        VertxContextSupport.subscribeAndAwait(runner::runUntilIdle);
    }

    /** Starts a run without waiting for it, as a replica that is about to die mid-batch. */
    public CompletableFuture<Integer> runInBackground() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        VertxContextSupport.subscribe(() -> runner.runUntilIdle().toMulti(), s -> s.with(done::complete, done::completeExceptionally));
        return done;
    }

    public void awaitContact(String customerId) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/customers/{c}/contact", tenant, customerId)
                .then().statusCode(200));
    }

    public void awaitDispatch(String sourceEventId) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/dispatches/{id}", tenant, sourceEventId)
                .then().statusCode(200));
    }

    public JsonPath dispatch(String sourceEventId) {
        return given().get("/api/v1/tenants/{t}/dispatches/{id}", tenant, sourceEventId).then().statusCode(200).extract().jsonPath();
    }

    /** The tenant's local mailbox, newest first. */
    public JsonPath mailbox() {
        return given().queryParam("tenantId", tenant).get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
    }

    /** Waits for {@code count} events of the type about the customer on arrears.notification.events. */
    public <T> List<T> events(String customerId, EventType type, int count) {
        List<TestKafka.Received> records = TestKafka.awaitRecords(Topics.NOTIFICATION_EVENTS,
                r -> r.key().equals(tenant + ":" + customerId) && type.type().equals(r.header("ce_type")), count, WAIT);
        return records.stream().map(r -> Pipeline.<T>conforming(r, type)).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T conforming(TestKafka.Received record, EventType type) {
        return (T) type.payloadClass().cast(record.conforming());
    }

    /** Every event of the type about the customer on the topic so far: shows whether anything was published twice. */
    public List<TestKafka.Received> allEvents(String customerId, EventType type) {
        return TestKafka.allRecords(Topics.NOTIFICATION_EVENTS,
                r -> r.key().equals(tenant + ":" + customerId) && type.type().equals(r.header("ce_type")));
    }
}
