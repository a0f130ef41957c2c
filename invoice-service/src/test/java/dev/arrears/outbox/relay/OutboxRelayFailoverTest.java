package dev.arrears.outbox.relay;

import dev.arrears.contracts.Topics;
import dev.arrears.invoice.support.Ledger;
import dev.arrears.outbox.OutboxConfig;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * The relay as operators meet it: events written while capture is down arrive when it is back, and a
 * standby replica takes over the slot when the leader goes away.
 */
@QuarkusTest
class OutboxRelayFailoverTest {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxPruner pruner;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final Ledger ledger = new Ledger();

    @Test
    void eventsWrittenWhileCaptureIsDownArriveWhenItIsBack() {
        ledger.customer("C-1");
        awaitState(relay, RelayState.STREAMING);
        relay.stop();

        List<String> numbers = IntStream.rangeClosed(1, 25).mapToObj(i -> "DOWN-" + i).toList();
        numbers.forEach(n -> ledger.invoice("C-1", n, "10.00", "EUR", "2026-10-31"));

        relay.start();
        awaitState(relay, RelayState.STREAMING);
        assertThat(publishedNumbers(numbers.size())).containsAll(numbers);
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("Outbox relay"));
    }

    @Test
    void aStandbyReplicaTakesOverWhenTheLeaderStops() {
        ledger.customer("C-2");
        awaitState(relay, RelayState.STREAMING);
        OutboxRelay standby = new OutboxRelay(config, publisher, pruner, jdbcUrl, user, password);
        try {
            standby.start();
            awaitState(standby, RelayState.STANDBY);

            relay.stop();
            awaitState(standby, RelayState.STREAMING);
            ledger.invoice("C-2", "TAKEOVER-1", "10.00", "EUR", "2026-10-31");
            ledger.event("C-2", "dev.arrears.invoice.InvoiceIssued.v1", "TAKEOVER-1");

            relay.start();
            awaitState(relay, RelayState.STANDBY);
        } finally {
            standby.stop();
            awaitState(relay, RelayState.STREAMING);
        }
        ledger.invoice("C-2", "BACK-1", "10.00", "EUR", "2026-10-31");
        ledger.event("C-2", "dev.arrears.invoice.InvoiceIssued.v1", "BACK-1");
    }

    /** The invoice numbers of this tenant's C-1 InvoiceIssued events, once {@code count} of them arrived. */
    private Set<String> publishedNumbers(int count) {
        Set<String> numbers = new HashSet<>();
        TestKafka.awaitRecords(Topics.INVOICE_EVENTS, r -> r.key().equals(ledger.tenant() + ":C-1")
                        && r.header("ce_type").endsWith("InvoiceIssued.v1") && numbers.add(Ledger.json(r.value()).get("invoiceNumber").asText()),
                count, Duration.ofSeconds(60));
        return numbers;
    }

    private static void awaitState(OutboxRelay relay, RelayState state) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> relay.state() == state);
    }
}
