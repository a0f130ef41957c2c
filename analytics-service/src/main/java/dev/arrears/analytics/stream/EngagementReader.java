package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.figures.Figures;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Sums the stored engagement figures of one dimension per value, over the messages sent in a range of days. */
public final class EngagementReader {

    private EngagementReader() {
    }

    public static Map<String, Figures> read(ReadOnlyKeyValueStore<String, Figures> store, String tenantId, Dimension dimension,
            LocalDate from, LocalDate to) {
        Map<String, Figures> byValue = new TreeMap<>();
        try (KeyValueIterator<String, Figures> it = store.prefixScan(StateStores.engagementPrefix(tenantId, dimension),
                new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, Figures> entry = it.next();
                LocalDate day = StateStores.dayOf(entry.key);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    byValue.merge(StateStores.engagementValue(entry.key), entry.value, Figures::plus);
                }
            }
        }
        return byValue;
    }
}
