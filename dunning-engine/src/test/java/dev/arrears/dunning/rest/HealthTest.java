package dev.arrears.dunning.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class HealthTest {

    @Test
    void readyWhenDatabaseAndKafkaAreReachable() {
        // The outbox relay reports ready once its engine streams, a moment after start-up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check", "Outbox relay")));
    }

    @Test
    void exposesPrometheusMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/tenants/{tenantId}/customers/{customerId}/receivables"));
    }
}
