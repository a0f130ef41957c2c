package dev.arrears.analytics.rest;

import dev.arrears.analytics.Facts;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.analytics.DsoUpdated;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * The running service against the real broker: invoice and payment events in, the matching DsoUpdated out on
 * arrears.analytics.dso, and the same figures through the REST API. Dates are relative to today, which the
 * service takes from its clock.
 */
@QuarkusTest
class AnalyticsServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void readyWithKafkaAndStreamsRunning() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItems("Kafka connection health check", "Kafka Streams topics health check")));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/tenants/{tenantId}/dso", "/api/v1/tenants/{tenantId}/aging",
                        "/api/v1/tenants/{tenantId}/cei", "/api/v1/tenants/{tenantId}/dunning-effectiveness"));
    }

    @Test
    void publishesDsoFiguresForInvoicesAndPaymentsAndAnswersTheSameOverRest() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Facts customer = Facts.of(tenant, "C-1");
        // 1000.00 issued 40 days ago, due 10 days ago; 400.00 paid 5 days ago: 600.00 open, 10 days past due.
        publish(customer.invoice("INV-1", day(-40), day(-10), "1000.00"));
        publish(customer.payment("PAY-1", day(-5), "INV-1", "400.00"));

        TestKafka.Received record = TestKafka.awaitRecord(Topics.ANALYTICS_DSO, r -> r.key().equals(tenant + ":all")
                && read(r).day().equals(TODAY) && read(r).receivables().equals(Money.of("600.00", "EUR")), Duration.ofSeconds(60));

        DsoUpdated figures = read(record);
        assertThat(record.header("ce_type")).isEqualTo(EventType.DSO_UPDATED.type());
        assertThat(figures.currentReceivables()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(figures.aging().get(1)).isEqualTo(new DsoUpdated.AgingBucket("DAYS_1_30", Money.of("600.00", "EUR"), 1));
        // No sale in the last 30 days; 1000 in the last 90: 600 / 1000 × 90 = 54. Count-back: the last month had no sales
        // (all its days), the month before holds the 1000, of which 600 is left: 0.6 of its days.
        long lastMonth = ChronoUnit.DAYS.between(TODAY.minusMonths(1), TODAY);
        long monthBefore = ChronoUnit.DAYS.between(TODAY.minusMonths(2), TODAY.minusMonths(1));
        BigDecimal countBack = BigDecimal.valueOf(lastMonth).add(new BigDecimal("0.6").multiply(BigDecimal.valueOf(monthBefore)))
                .setScale(2, RoundingMode.HALF_EVEN);
        assertThat(figures.windows()).containsExactly(
                new DsoUpdated.Window(30, Money.of("0.00", "EUR"), null, countBack, null, null),
                new DsoUpdated.Window(90, Money.of("1000.00", "EUR"), new BigDecimal("54.00"), countBack, new BigDecimal("0.00"),
                        new BigDecimal("54.00")));

        given().get("/api/v1/tenants/{t}/receivables-balance/EUR", tenant).then()
                .statusCode(200).body("amount", is("600.00")).body("currency", is("EUR"));
        given().get("/api/v1/tenants/{t}/dso?currency=EUR&window=90&from={d}&to={d}", tenant, TODAY.toString(), TODAY.toString())
                .then().statusCode(200)
                .body("days[0].dsoStandard", is("54.00"))
                .body("days[0].bestPossibleDso", is("0.00"))
                .body("days[0].dsoCountBack", is(countBack.toPlainString()));
        given().get("/api/v1/tenants/{t}/dso?currency=EUR&window=30&from={d}&to={d}", tenant, TODAY.toString(), TODAY.toString())
                .then().statusCode(200).body("days[0].dsoStandard", nullValue());
        given().get("/api/v1/tenants/{t}/aging?currency=EUR&from={d}&to={d}", tenant, TODAY.toString(), TODAY.toString())
                .then().statusCode(200)
                .body("days[0].buckets.bucket", contains("CURRENT", "DAYS_1_30", "DAYS_31_60", "DAYS_61_90", "DAYS_91_120", "OVER_120"))
                .body("days[0].buckets[1].amount.amount", is("600.00"))
                .body("days[0].buckets[1].items", is(1));
        given().get("/api/v1/tenants/{t}/payment-timing?currency=EUR&period=QUARTER&from={f}&to={d}", tenant, day(-5), TODAY.toString())
                .then().statusCode(200)
                .body("periods[0].collected.amount", is("400.00"))
                .body("periods[0].averageDaysToPay", is("35.00"))
                .body("periods[0].averageTimeToCollect", is("5.00"));
        given().get("/api/v1/tenants/{t}/customers/overdue?currency=EUR", tenant).then().statusCode(200)
                .body("customers[0].customerId", is("C-1"))
                .body("customers[0].overdue.amount", is("600.00"))
                .body("customers[0].oldestDaysPastDue", is(10))
                .body("customers[0].overdueItems", is(1));
        given().get("/api/v1/tenants/{t}/series", tenant).then().statusCode(200)
                .body("segment", hasItems("all", "size=unknown"));
        // 600.00 EUR at 1.17 GBP per EUR is 702.00 GBP; EUR needs a rate once GBP is the target.
        given().get("/api/v1/tenants/{t}/aging/converted?to=GBP&rates=EUR:1.17", tenant).then().statusCode(200)
                .body("currencies[0].buckets.DAYS_1_30.amount", is("600.00"))
                .body("converted.DAYS_1_30.amount", is("702.00"))
                .body("converted.DAYS_1_30.currency", is("GBP"));
        given().get("/api/v1/tenants/{t}/aging/converted?to=GBP", tenant).then().statusCode(400).body("field", is("rates"));
    }

    @Test
    void answersProblemsForUnknownSeriesAndBadParameters() {
        given().get("/api/v1/tenants/{t}/receivables-balance/USD", "nobody").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/tenants/{t}/dso?currency=EURO", "nobody").then().statusCode(400)
                .body("field", is("currency"));
        given().get("/api/v1/tenants/{t}/cei?currency=EUR&from=2026-05-01&to=2026-04-01", "nobody").then().statusCode(400)
                .body("field", is("from"));
        given().get("/api/v1/tenants/{t}/dunning-effectiveness?currency=EUR&by=MOOD", "nobody").then().statusCode(400)
                .body("field", is("by"));
        given().get("/api/v1/tenants/{t}/message-engagement?by=TONE", "nobody").then().statusCode(400)
                .body("field", is("by"));
        given().get("/api/v1/tenants/{t}/message-engagement", "nobody").then().statusCode(200)
                .body("by", is("CHANNEL")).body("rows", empty());
    }

    private static String day(int offset) {
        return TODAY.plusDays(offset).toString();
    }

    private static DsoUpdated read(TestKafka.Received record) {
        try {
            return ArrearsJson.mapper().readValue(record.value(), DsoUpdated.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(ArrearsEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event), "/arrears/invoice-service",
                Instant.now(), null, event);
        try {
            TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(), ArrearsJson.mapper().writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
