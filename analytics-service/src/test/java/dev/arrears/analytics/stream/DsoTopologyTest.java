package dev.arrears.analytics.stream;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DatedFigures;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.ContractValidator;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.analytics.DsoUpdated;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DSO, aging and the published stream, worked by hand. Tenant acme, EUR, reporting day 2026-03-31:
 * <pre>
 * A  C-1 (size LARGE, risk LOW)  issued 01-15, due 02-14, 200.00; 170.00 paid 03-20 → 30.00 open, 45 days past due
 * B  C-1                         issued 02-10, due 03-12, 120.00                   → 120.00 open, 19 days past due
 * C  C-2 (no master data)        issued 03-05, due 04-04, 100.00                   → 100.00 open, current
 * </pre>
 * Receivables 250.00, current 100.00. Credit sales: January 200, February 120, March 100.
 */
class DsoTopologyTest {

    static final Instant WALL_CLOCK = Instant.parse("2026-03-31T20:00:00Z");
    static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    private final Facts c1 = Facts.of("acme", "C-1");
    private final Facts c2 = Facts.of("acme", "C-2");
    private final TopologyFixture topology = new TopologyFixture(WALL_CLOCK);

    @AfterEach
    void close() {
        topology.close();
    }

    void feedTheMonth() {
        topology.send(c1.customer("LARGE", "LOW", "Europe/Berlin"), "2026-01-01T00:00:00Z")
                .send(c1.invoice("A", "2026-01-15", "2026-02-14", "200.00"), "2026-01-15T09:00:00Z")
                .send(c1.invoice("B", "2026-02-10", "2026-03-12", "120.00"), "2026-02-10T09:00:00Z")
                .send(c2.invoice("C", "2026-03-05", "2026-04-04", "100.00"), "2026-03-05T09:00:00Z")
                .send(c1.payment("P1", "2026-03-20", "A", "170.00"), "2026-03-20T15:00:00Z");
    }

    @Test
    void publishesTheDaysFiguresForAllCustomersAndEachSegment() {
        feedTheMonth();
        topology.publish();

        DsoUpdated all = topology.latest("acme:all", "EUR", MARCH_31);
        assertThat(all.segment()).isEqualTo("all");
        assertThat(all.receivables()).isEqualTo(eur("250.00"));
        assertThat(all.currentReceivables()).isEqualTo(eur("100.00"));
        assertThat(all.overdueReceivables()).isEqualTo(eur("150.00"));
        assertThat(all.aging()).containsExactly(
                bucket("CURRENT", "100.00", 1), bucket("DAYS_1_30", "120.00", 1), bucket("DAYS_31_60", "30.00", 1),
                bucket("DAYS_61_90", "0.00", 0), bucket("DAYS_91_120", "0.00", 0), bucket("OVER_120", "0.00", 0));
        // 30 days (03-02..03-31): sales 100 → 250/100×30 = 75, 100/100×30 = 30. 90 days (01-01..03-31): sales 420 →
        // 250/420×90 = 53.571…, 100/420×90 = 21.428…. Count-back: 250 − March 100 (31 d) − February 120 (28 d) leaves
        // 30 of January's 200: 30/200×31 = 4.65 → 63.65.
        assertThat(all.windows()).containsExactly(
                window(30, "100.00", "75.00", "63.65", "30.00", "45.00"),
                window(90, "420.00", "53.57", "63.65", "21.43", "32.14"));

        // size=LARGE holds A and B: 150 open, none current, no sales in March; 150/320×90 = 42.1875.
        DsoUpdated large = topology.latest("acme:size=LARGE", "EUR", MARCH_31);
        assertThat(large.receivables()).isEqualTo(eur("150.00"));
        assertThat(large.windows()).containsExactly(
                new DsoUpdated.Window(30, eur("0.00"), null, new BigDecimal("63.65"), null, null),
                window(90, "320.00", "42.19", "63.65", "0.00", "42.19"));
        DsoUpdated unknown = topology.latest("acme:size=unknown", "EUR", MARCH_31);
        assertThat(unknown.windows().get(0)).isEqualTo(window(30, "100.00", "30.00", "31.00", "30.00", "0.00"));
    }

    @Test
    void publishesEveryChangedDayUpToThirtyOneDaysBackWithCloudEventsHeaders() {
        feedTheMonth();
        topology.publish();

        List<TestRecord<String, String>> all = topology.published().stream().filter(r -> r.key().equals("acme:all")).toList();
        // The first fact is dated 01-15, but a correction goes back at most 31 days: 02-28..03-31.
        assertThat(all).extracting(r -> TopologyFixture.read(r.value()).day())
                .containsExactlyElementsOf(LocalDate.parse("2026-02-28").datesUntil(MARCH_31.plusDays(1)).toList());
        ContractValidator validator = new ContractValidator();
        assertThat(topology.published()).allSatisfy(r -> assertThat(validator.violations(EventType.DSO_UPDATED,
                ArrearsJson.mapper().readTree(r.value()))).isEmpty());
        TestRecord<String, String> last = all.get(all.size() - 1);
        assertThat(header(last, "ce_type")).isEqualTo("dev.arrears.analytics.DsoUpdated.v1");
        assertThat(header(last, "ce_source")).isEqualTo("/arrears/analytics-service");
        assertThat(header(last, "ce_subject")).isEqualTo("dso/EUR/2026-03-31");
        assertThat(header(last, "ce_time")).isEqualTo("2026-03-31T20:00:01Z");
        assertThat(header(last, "ce_dataschema")).isEqualTo("https://schemas.arrears.dev/analytics/DsoUpdated.v1.json");
    }

    @Test
    void aBackdatedPaymentCorrectsEveryDayFromItsValueDate() {
        feedTheMonth();
        topology.publish();
        int before = topology.published().size();

        // Learnt on 03-31 that B was paid in full on 03-01.
        topology.send(c1.payment("P2", "2026-03-01", "B", "120.00"), "2026-03-31T20:30:00Z").publish();

        List<TestRecord<String, String>> corrections = topology.published().subList(before, topology.published().size());
        assertThat(corrections).extracting(TestRecord::key).containsOnly("acme:all", "acme:size=LARGE");
        assertThat(corrections.stream().filter(r -> r.key().equals("acme:all")).map(r -> TopologyFixture.read(r.value()).day()))
                .containsExactlyElementsOf(LocalDate.parse("2026-03-01").datesUntil(MARCH_31.plusDays(1)).toList());
        assertThat(topology.latest("acme:all", "EUR", LocalDate.parse("2026-03-01")).receivables()).isEqualTo(eur("200.00"));
        DsoUpdated corrected = topology.latest("acme:all", "EUR", MARCH_31);
        assertThat(corrected.receivables()).isEqualTo(eur("130.00"));
        assertThat(corrected.aging().get(1)).isEqualTo(bucket("DAYS_1_30", "0.00", 0));
        // 130/100×30 = 39; count-back 130 − March 100 (31 d) leaves 30 of February's 120: 30/120×28 = 7 → 38.
        assertThat(corrected.windows()).containsExactly(
                window(30, "100.00", "39.00", "38.00", "30.00", "9.00"),
                window(90, "420.00", "27.86", "38.00", "21.43", "6.43"));
    }

    @Test
    void aNewDayIsPublishedForEverySeriesWithoutAnyChange() {
        feedTheMonth();
        topology.publish();
        int before = topology.published().size();

        topology.advance(Duration.ofHours(5));

        List<TestRecord<String, String>> nextDay = topology.published().subList(before, topology.published().size());
        assertThat(nextDay).extracting(TestRecord::key).containsExactlyInAnyOrder("acme:all", "acme:size=LARGE", "acme:size=unknown");
        assertThat(nextDay).allSatisfy(r -> assertThat(TopologyFixture.read(r.value()).day()).isEqualTo(LocalDate.parse("2026-04-01")));
        // 04-01: B is 20 days past due, A 46: the buckets age without a new fact.
        assertThat(topology.latest("acme:all", "EUR", LocalDate.parse("2026-04-01")).receivables()).isEqualTo(eur("250.00"));
    }

    @Test
    void currenciesAreNeverMixed() {
        feedTheMonth();
        topology.send(c2.in("USD").invoice("D", "2026-03-10", "2026-04-09", "999.99"), "2026-03-10T09:00:00Z").publish();

        assertThat(topology.latest("acme:all", "EUR", MARCH_31).receivables()).isEqualTo(eur("250.00"));
        DsoUpdated usd = topology.latest("acme:all", "USD", MARCH_31);
        assertThat(usd.receivables()).isEqualTo(Money.of("999.99", "USD"));
        assertThat(usd.windows().get(0).creditSales()).isEqualTo(Money.of("999.99", "USD"));
    }

    @Test
    void aCustomerWhoseSegmentChangesTakesItsHistoryAlong() {
        feedTheMonth();
        topology.send(c2.customer("SMALL", null, "UTC"), "2026-03-31T20:10:00Z").publish();

        assertThat(topology.latest("acme:size=SMALL", "EUR", MARCH_31).receivables()).isEqualTo(eur("100.00"));
        assertThat(topology.latest("acme:size=unknown", "EUR", MARCH_31).receivables()).isEqualTo(eur("0.00"));
        assertThat(topology.series("acme", "EUR", "size=SMALL").stock(Metric.RECEIVABLES,
                LocalDate.parse("2026-03-05"))).isEqualByComparingTo("100");
        assertThat(topology.latest("acme:all", "EUR", MARCH_31).receivables()).isEqualTo(eur("250.00"));
    }

    @Test
    void keepsEachCustomersAgedBalanceForTheMostOverdueList() {
        feedTheMonth();
        KeyValueStore<String, DatedFigures> balances = topology.store(StateStores.CUSTOMER_BALANCES);

        Figures c1End = balances.get("acme:C-1:EUR").at(MARCH_31);
        assertThat(c1End.get(Metric.RECEIVABLES)).isEqualByComparingTo("150");
        assertThat(c1End.get(Metric.AGING_1_30)).isEqualByComparingTo("120");
        assertThat(c1End.get(Metric.AGING_31_60)).isEqualByComparingTo("30");
        assertThat(c1End.get(Metric.ITEMS_31_60)).isEqualByComparingTo("1");
        assertThat(c1End.get(Metric.COLLECTED)).as("flows are not kept per customer").isZero();
        assertThat(balances.get("acme:C-2:EUR").at(MARCH_31).get(Metric.AGING_CURRENT)).isEqualByComparingTo("100");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static DsoUpdated.AgingBucket bucket(String name, String amount, int count) {
        return new DsoUpdated.AgingBucket(name, eur(amount), count);
    }

    static DsoUpdated.Window window(int days, String sales, String standard, String countBack, String bestPossible, String delinquent) {
        return new DsoUpdated.Window(days, eur(sales), new BigDecimal(standard), new BigDecimal(countBack), new BigDecimal(bestPossible),
                new BigDecimal(delinquent));
    }

    private static String header(TestRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
