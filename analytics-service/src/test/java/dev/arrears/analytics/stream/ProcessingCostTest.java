package dev.arrears.analytics.stream;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.ledger.DatedEvent;
import dev.arrears.analytics.publish.PublishSettings;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventReader;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * CPU time per event of this service's own work (reading and validating the event, the customer's facts,
 * the tenant's figures, store serialisation), without Kafka: run with {@code -Dbenchmark=true}. Thread CPU
 * time, so the figure holds on a busy machine. The README quotes it.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ProcessingCostTest {

    @Test
    void cpuTimePerEvent() {
        List<Map.Entry<String, Map<String, String>>> records = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        Random random = new Random(42);
        LocalDate today = LocalDate.parse("2026-06-30");
        for (int c = 0; c < 1_000; c++) {
            Facts customer = Facts.of("bench", "C-" + c);
            add(records, payloads, customer.customer(c % 3 == 0 ? "LARGE" : "SMALL", "LOW", "Europe/Berlin"));
            for (int i = 0; i < 10; i++) {
                LocalDate issued = today.minusDays(20 + random.nextInt(160));
                String invoice = "I-" + c + "-" + i;
                String amount = (100 + random.nextInt(5000)) + ".00";
                add(records, payloads, customer.invoice(invoice, issued.toString(), issued.plusDays(30).toString(), amount));
                add(records, payloads, customer.reminder("R-" + invoice, issued.plusDays(33) + "T08:00:00Z", "overdue-3",
                        Tone.FRIENDLY, "friendly-a", Channel.EMAIL, invoice, issued.plusDays(30).toString(), amount));
                if (random.nextInt(4) > 0) {
                    add(records, payloads, customer.payment("P-" + invoice, issued.plusDays(10 + random.nextInt(60)).toString(),
                            invoice, amount));
                }
            }
        }

        MockProcessorContext<String, Derived> customerSide = new MockProcessorContext<>();
        CustomerFactsProcessor customers = new CustomerFactsProcessor(AnalyticsSettings.defaults());
        store(customerSide, StateStores.CUSTOMERS, StateStores.CUSTOMER_SERDE);
        store(customerSide, StateStores.ITEMS, StateStores.ITEM_SERDE);
        store(customerSide, StateStores.CUSTOMER_BALANCES, StateStores.DATED_SERDE);
        store(customerSide, StateStores.MESSAGES, StateStores.MESSAGE_SERDE);
        customers.init(customerSide);
        MockProcessorContext<String, String> tenantSide = new MockProcessorContext<>();
        TenantFiguresProcessor tenants = new TenantFiguresProcessor(AnalyticsSettings.defaults(), PublishSettings.defaults());
        store(tenantSide, StateStores.DAILY, StateStores.FIGURES_SERDE);
        store(tenantSide, StateStores.EFFECTIVENESS, StateStores.FIGURES_SERDE);
        store(tenantSide, StateStores.ENGAGEMENT, StateStores.FIGURES_SERDE);
        store(tenantSide, StateStores.SERIES, StateStores.SERIES_SERDE);
        tenants.init(tenantSide);
        Serde<TenantDelta> deltas = JsonSerde.of(TenantDelta.class);
        EventReader reader = new EventReader();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long readingCpu = 0;
        long began = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < records.size(); i++) {
            Map.Entry<String, Map<String, String>> record = records.get(i);
            long reading = threads.getCurrentThreadCpuTime();
            EventReader.ReceivedEvent event = reader.read(record.getKey(), record.getValue()::get, payloads.get(i));
            readingCpu += threads.getCurrentThreadCpuTime() - reading;
            DatedEvent dated = new DatedEvent(event.id(), event.type(), Instant.parse(record.getValue().get("ce_time")), event.event());
            customers.process(new Record<>(record.getKey(), new ParsedEvent(dated, payloads.get(i), null, "t"), 0L));
            for (MockProcessorContext.CapturedForward<? extends String, ? extends Derived> forwarded : customerSide.forwarded()) {
                byte[] bytes = deltas.serializer().serialize("r", forwarded.record().value().delta());
                tenants.process(new Record<>(forwarded.record().key(), deltas.deserializer().deserialize("r", bytes), 0L));
            }
            customerSide.resetForwards();
        }
        long total = threads.getCurrentThreadCpuTime() - began;
        System.out.printf("BENCHMARK %d events: %.0f µs CPU per event (reading and validating %.0f µs), one core ≈ %.0f events/s%n",
                records.size(), total / 1e3 / records.size(), readingCpu / 1e3 / records.size(), records.size() / (total / 1e9));
    }

    private static <V> void store(MockProcessorContext<?, ?> context, String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    private static void add(List<Map.Entry<String, Map<String, String>>> records, List<String> payloads, ArrearsEvent event) {
        try {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event), "/bench",
                    Instant.parse("2026-06-01T00:00:00Z"), null, event);
            records.add(Map.entry(envelope.key(), envelope.headers()));
            payloads.add(ArrearsJson.mapper().writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
