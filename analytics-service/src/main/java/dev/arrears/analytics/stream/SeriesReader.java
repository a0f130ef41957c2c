package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.series.DailySeries;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Reads one series' stored changes as a running sum; publishing and the REST API read alike. */
public final class SeriesReader {

    private SeriesReader() {
    }

    /** The changes of {@code seriesKey} up to and including {@code day} ({@code null}: all of them). */
    public static DailySeries read(ReadOnlyKeyValueStore<String, Figures> store, String seriesKey, LocalDate day) {
        Map<LocalDate, Figures> changes = new HashMap<>();
        try (KeyValueIterator<String, Figures> it = store.range(StateStores.first(seriesKey), StateStores.last(seriesKey, day))) {
            while (it.hasNext()) {
                KeyValue<String, Figures> entry = it.next();
                changes.put(StateStores.dayOf(entry.key), entry.value);
            }
        }
        return DailySeries.of(changes);
    }
}
