package dev.arrears.analytics.stream;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.PaymentReceived;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivablesBalanceTopologyTest {

    private TopologyTestDriver driver;
    private TestInputTopic<String, String> invoiceEvents;
    private TestOutputTopic<String, String> deadLetters;
    private KeyValueStore<String, String> balances;

    @BeforeEach
    void setUp() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "balance-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(new ReceivablesBalanceTopology().topology(), config);
        invoiceEvents = driver.createInputTopic(Topics.INVOICE_EVENTS, new StringSerializer(), new StringSerializer());
        deadLetters = driver.createOutputTopic(ReceivablesBalanceTopology.DEAD_LETTERS, new StringDeserializer(), new StringDeserializer());
        balances = driver.getKeyValueStore(ReceivablesBalanceTopology.BALANCE_STORE);
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void addsIssuedInvoicesAndSubtractsAllocatedPaymentsPerCurrency() throws Exception {
        publish(issued("inv-1", Money.of("1190.00", "EUR")));
        publish(issued("inv-2", Money.of("100.10", "EUR")));
        publish(issued("inv-3", Money.of("5000", "JPY")));
        publish(payment(Money.of("1500.00", "EUR"), List.of(new PaymentReceived.Allocation("inv-1", 1,
                Money.of("1190.00", "EUR"), Money.of("0.00", "EUR"))), Money.of("310.00", "EUR")));

        assertThat(new java.math.BigDecimal(balances.get("acme:EUR"))).isEqualByComparingTo("100.10");
        assertThat(new java.math.BigDecimal(balances.get("acme:JPY"))).isEqualByComparingTo("5000");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void parksAMalformedRecordWithItsReasonAndKeepsCounting() throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", "bad-1".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "dev.arrears.invoice.InvoiceTeleported.v1".getBytes(StandardCharsets.UTF_8));
        invoiceEvents.pipeInput(new TestRecord<>("acme:C-1", "{}", headers, Instant.now()));
        publish(issued("inv-4", Money.of("20.00", "EUR")));

        TestRecord<String, String> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("acme:C-1");
        assertThat(new String(dead.headers().lastHeader("dlq_reason").value(), StandardCharsets.UTF_8))
                .isEqualTo("unknown event type 'dev.arrears.invoice.InvoiceTeleported.v1'");
        assertThat(new String(dead.headers().lastHeader("dlq_original_topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(Topics.INVOICE_EVENTS);
        assertThat(new java.math.BigDecimal(balances.get("acme:EUR"))).isEqualByComparingTo("20.00");
    }

    private void publish(ArrearsEvent event) throws Exception {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event),
                "/arrears/invoice-service", Instant.parse("2026-10-01T08:00:00Z"), null, event);
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        invoiceEvents.pipeInput(new TestRecord<>(envelope.key(), ArrearsJson.mapper().writeValueAsString(event),
                headers, envelope.time()));
    }

    private static InvoiceIssued issued(String invoiceId, Money amount) {
        return new InvoiceIssued("acme", "C-1", invoiceId, "N-" + invoiceId, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"), amount, Money.zero(amount.currency()), amount,
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse("2026-10-31"), amount)));
    }

    private static PaymentReceived payment(Money amount, List<PaymentReceived.Allocation> allocations, Money unapplied) {
        return new PaymentReceived("acme", "C-1", UUID.randomUUID().toString(), amount, LocalDate.parse("2026-11-12"),
                Instant.parse("2026-11-12T09:30:00Z"), "BANK_TRANSFER", "ref", allocations, unapplied);
    }
}
