package dev.arrears.analytics.rest;

import dev.arrears.analytics.Facts;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.testsupport.SharedInfrastructure;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * How fast the running service digests a tenant's history on the real broker: run with {@code -Dbenchmark=true}.
 * Not part of the suite; the README quotes its figures.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AnalyticsThroughputTest {

    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 2_000);
    private static final int INVOICES_PER_CUSTOMER = 10;

    @Test
    void digestsHalfAYearOfInvoicesRemindersAndPayments() throws Exception {
        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Random random = new Random(42);
        BigDecimal open = BigDecimal.ZERO;
        int events = 0;
        long began = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int c = 0; c < CUSTOMERS; c++) {
                Facts customer = Facts.of(tenant, "C-" + c);
                send(producer, customer.customer(c % 3 == 0 ? "LARGE" : "SMALL", c % 5 == 0 ? "HIGH" : "LOW", "Europe/Berlin"));
                events++;
                for (int i = 0; i < INVOICES_PER_CUSTOMER; i++) {
                    LocalDate issued = today.minusDays(20 + random.nextInt(160));
                    String invoice = "I-" + c + "-" + i;
                    String amount = (100 + random.nextInt(5000)) + ".00";
                    send(producer, customer.invoice(invoice, issued.toString(), issued.plusDays(30).toString(), amount));
                    send(producer, customer.reminder("R-" + invoice, issued.plusDays(33) + "T08:00:00Z", "overdue-3", Tone.FRIENDLY,
                            "friendly-" + (i % 2 == 0 ? "a" : "b"), Channel.EMAIL, invoice, issued.plusDays(30).toString(), amount));
                    events += 2;
                    LocalDate paid = issued.plusDays(10 + random.nextInt(60));
                    if (random.nextInt(4) > 0 && paid.isBefore(today)) {
                        send(producer, customer.payment("P-" + invoice, paid.toString(), invoice, amount));
                        events++;
                    } else {
                        open = open.add(new BigDecimal(amount));
                    }
                }
            }
        }
        double producing = (System.nanoTime() - began) / 1e9;
        String expected = open.setScale(2).toPlainString();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var response = given().get("/api/v1/tenants/{t}/receivables-balance/EUR", tenant);
            return response.statusCode() == 200 && expected.equals(response.jsonPath().getString("amount"));
        });
        double digested = (System.nanoTime() - began) / 1e9;
        long querying = System.nanoTime();
        given().get("/api/v1/tenants/{t}/dso?currency=EUR&window=90", tenant).then().statusCode(200);
        double dsoQuery = (System.nanoTime() - querying) / 1e9;
        querying = System.nanoTime();
        given().get("/api/v1/tenants/{t}/customers/overdue?currency=EUR", tenant).then().statusCode(200);
        double overdueQuery = (System.nanoTime() - querying) / 1e9;
        TestKafka.awaitRecord(Topics.ANALYTICS_DSO, r -> r.key().equals(tenant + ":all") && r.value().contains("\"" + today + "\"")
                && r.value().contains("\"receivables\":{\"amount\":\"" + expected + "\""), Duration.ofMinutes(2));
        double published = (System.nanoTime() - began) / 1e9;
        System.out.printf("BENCHMARK %d events (%d customers) produced in %.1f s, digested (REST balance right) after %.1f s: "
                + "%.0f events/s; DsoUpdated with the final balance after %.1f s; 90 days of DSO in %.2f s, top overdue in %.2f s%n",
                events, CUSTOMERS, producing, digested, events / digested, published, dsoQuery, overdueQuery);
    }

    private static void send(KafkaProducer<String, String> producer, ArrearsEvent event) throws Exception {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event), "/arrears/benchmark",
                Instant.now(), null, event);
        ProducerRecord<String, String> record = new ProducerRecord<>(envelope.topic(), envelope.key(),
                ArrearsJson.mapper().writeValueAsString(event));
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }
}
