package dev.arrears.analytics.stream;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts arriving out of order, twice, or broken: the figures depend on the facts only. */
class ReplayTopologyTest {

    private final Facts c1 = Facts.of("acme", "C-1");
    private final Facts c2 = Facts.of("acme", "C-2");

    private final List<Sent> history = List.of(
            new Sent("e1", c1.customer("LARGE", "HIGH", "America/New_York"), "2026-01-01T00:00:00Z"),
            new Sent("e2", c1.invoice("A", "2026-01-15", "2026-02-14", "200.00"), "2026-01-15T09:00:00Z"),
            new Sent("e3", c1.invoiceInInstallments("B", "2026-02-10", "2026-03-12", "60.00", "2026-04-12", "60.00"), "2026-02-10T09:00:00Z"),
            new Sent("e4", c2.invoice("C", "2026-03-05", "2026-04-04", "100.00"), "2026-03-05T09:00:00Z"),
            new Sent("e5", c1.payment("P1", "2026-03-20", "A", "170.00"), "2026-03-20T15:00:00Z"),
            new Sent("e6", c1.payment("P2", "2026-02-20", List.of(c1.allocation("A", 1, "10.00"), c1.allocation("B", 2, "20.00"))),
                    "2026-02-20T15:00:00Z"),
            new Sent("e7", c1.reversal("RV1", "P2", "2026-03-02T10:00:00Z", "A", "10.00"), "2026-03-02T10:00:00Z"),
            new Sent("e8", c2.creditNote("CN1", "2026-03-10", "C", "25.00"), "2026-03-10T10:00:00Z"),
            new Sent("e9", c2.disputeOpened("D1", "C", "40.00", "2026-03-12T10:00:00Z"), "2026-03-12T10:00:00Z"),
            new Sent("e10", c2.disputeResolved("D1", "C", "40.00", "2026-03-22T10:00:00Z"), "2026-03-22T10:00:00Z"),
            new Sent("e11", c1.promise("PR1", "50.00", "2026-03-25", "2026-03-18T09:00:00Z", "A", "B"), "2026-03-18T09:00:00Z"),
            new Sent("e12", c1.reminder("R1", "2026-03-15T14:00:00Z", "overdue-3", Tone.FIRM, "firm-a", Channel.SMS, "A",
                    "2026-02-14", "190.00"), "2026-03-15T14:00:00Z"),
            new Sent("e13", c2.writtenOff("C", "35.00", "40.00"), "2026-03-28T10:00:00Z"),
            new Sent("e14", c1.adjusted("A", "2026-02-20", "210.00"), "2026-03-01T10:00:00Z"));

    @Test
    void theSameFactsInAnotherOrderGiveTheSameFiguresAndTheSameStream() {
        List<Sent> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(7));

        try (TopologyFixture inOrder = feed(history); TopologyFixture outOfOrder = feed(shuffled)) {
            assertThat(contents(outOfOrder.store(StateStores.DAILY))).isEqualTo(contents(inOrder.store(StateStores.DAILY)))
                    .isNotEmpty();
            assertThat(contents(outOfOrder.store(StateStores.EFFECTIVENESS)))
                    .isEqualTo(contents(inOrder.store(StateStores.EFFECTIVENESS))).isNotEmpty();
            LocalDate day = LocalDate.parse("2026-03-31");
            assertThat(outOfOrder.latest("acme:all", "EUR", day)).isEqualTo(inOrder.latest("acme:all", "EUR", day));
        }
    }

    @Test
    void redeliveredEventsChangeNothing() {
        List<Sent> twice = new ArrayList<>(history);
        twice.addAll(history);

        try (TopologyFixture once = feed(history); TopologyFixture redelivered = feed(twice)) {
            assertThat(contents(redelivered.store(StateStores.DAILY))).isEqualTo(contents(once.store(StateStores.DAILY)));
            assertThat(contents(redelivered.store(StateStores.EFFECTIVENESS))).isEqualTo(contents(once.store(StateStores.EFFECTIVENESS)));
        }
    }

    @Test
    void everyFactUndoneLeavesNoFigureBehind() {
        // The invoice voided on its issue day and the customer's only payment reversed: nothing remains but zeroes.
        Facts c3 = Facts.of("zero", "C-3");
        try (TopologyFixture topology = new TopologyFixture(DsoTopologyTest.WALL_CLOCK)) {
            topology.send(c3.invoice("X", "2026-03-02", "2026-03-10", "50.00"), "2026-03-02T08:00:00Z")
                    .send(c3.voided("X", "50.00"), "2026-03-02T09:00:00Z");

            assertThat(contents(topology.store(StateStores.DAILY))).isEmpty();
        }
    }

    @Test
    void recordsThatAreNotEventsGoToTheirTopicsDeadLetterTopicAndTheRestIsCounted() {
        try (TopologyFixture topology = new TopologyFixture(DsoTopologyTest.WALL_CLOCK)) {
            TestOutputTopic<String, String> invoiceDead = topology.output(Topics.deadLetter(Topics.INVOICE_EVENTS, "analytics-service"));
            TestOutputTopic<String, String> dunningDead = topology.output(Topics.deadLetter(Topics.DUNNING_EVENTS, "analytics-service"));
            topology.input(Topics.INVOICE_EVENTS).pipeInput(new TestRecord<>("acme:C-1", "{}", headers("bad-1",
                    "dev.arrears.invoice.InvoiceTeleported.v1"), Instant.now()));
            topology.input(Topics.DUNNING_EVENTS).pipeInput(new TestRecord<>("acme:C-1", "{\"tenantId\": \"acme\"}", headers("bad-2",
                    "dev.arrears.dunning.ReminderDue.v1"), Instant.now()));
            topology.send(c1.invoice("A", "2026-01-15", "2026-02-14", "200.00"), "2026-01-15T09:00:00Z").publish();

            TestRecord<String, String> invoice = invoiceDead.readRecord();
            assertThat(invoice.value()).isEqualTo("{}");
            assertThat(header(invoice, "dlq_reason")).isEqualTo("unknown event type 'dev.arrears.invoice.InvoiceTeleported.v1'");
            assertThat(header(invoice, "dlq_original_topic")).isEqualTo(Topics.INVOICE_EVENTS);
            TestRecord<String, String> dunning = dunningDead.readRecord();
            assertThat(header(dunning, "dlq_reason")).startsWith("ReminderDue bad-2 breaks its schema");
            assertThat(invoiceDead.isEmpty()).isTrue();
            assertThat(topology.latest("acme:all", "EUR", LocalDate.parse("2026-03-31")).receivables().amount())
                    .isEqualByComparingTo("200");
        }
    }

    private static TopologyFixture feed(List<Sent> events) {
        TopologyFixture topology = new TopologyFixture(DsoTopologyTest.WALL_CLOCK);
        events.forEach(sent -> topology.send(sent.id(), sent.event(), sent.time()));
        return topology.publish();
    }

    private static Map<String, Figures> contents(KeyValueStore<String, Figures> store) {
        Map<String, Figures> contents = new TreeMap<>();
        try (KeyValueIterator<String, Figures> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Figures> entry = it.next();
                contents.put(entry.key, entry.value);
            }
        }
        return contents;
    }

    private static RecordHeaders headers(String id, String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static String header(TestRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private record Sent(String id, ArrearsEvent event, String time) {
    }
}
