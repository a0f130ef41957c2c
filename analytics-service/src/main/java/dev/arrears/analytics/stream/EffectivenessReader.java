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

/** Sums the stored effectiveness figures of one dimension per value, over the steps taken in a range of days. */
public final class EffectivenessReader {

    private EffectivenessReader() {
    }

    public static Map<String, Figures> read(ReadOnlyKeyValueStore<String, Figures> store, String tenantId, String currency,
            Dimension dimension, LocalDate from, LocalDate to) {
        Map<String, Figures> byValue = new TreeMap<>();
        try (KeyValueIterator<String, Figures> it = store.prefixScan(StateStores.effectivenessPrefix(tenantId, currency, dimension),
                new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, Figures> entry = it.next();
                LocalDate day = StateStores.dayOf(entry.key);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    byValue.merge(StateStores.valueAndDay(entry.key)[0], entry.value, Figures::plus);
                }
            }
        }
        return byValue;
    }
}
