package dev.arrears.analytics.query;

import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.publish.SeriesState;
import dev.arrears.analytics.stream.EffectivenessReader;
import dev.arrears.analytics.stream.EngagementReader;
import dev.arrears.analytics.stream.SeriesReader;
import dev.arrears.analytics.stream.StateStores;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tenant's figures as stored per segment, currency and day, read on demand. */
@ApplicationScoped
public class TenantFigures {

    private final LocalStores stores;

    TenantFigures(LocalStores stores) {
        this.stores = stores;
    }

    /** The series' changes up to {@code upTo}; empty when the tenant has no figures in it. */
    public DailySeries series(String tenantId, String currency, String segment, LocalDate upTo) {
        return SeriesReader.read(stores.get(StateStores.DAILY), StateStores.series(tenantId, currency, segment), upTo);
    }

    public boolean exists(String tenantId, String currency, String segment) {
        ReadOnlyKeyValueStore<String, SeriesState> series = stores.get(StateStores.SERIES);
        return series.get(StateStores.series(tenantId, currency, segment)) != null;
    }

    /** Every currency and segment the tenant has figures in. */
    public List<SeriesRef> seriesOf(String tenantId) {
        ReadOnlyKeyValueStore<String, SeriesState> series = stores.get(StateStores.SERIES);
        List<SeriesRef> refs = new ArrayList<>();
        try (KeyValueIterator<String, SeriesState> it = series.prefixScan(tenantId + ":", new StringSerializer())) {
            while (it.hasNext()) {
                String[] parts = StateStores.seriesParts(it.next().key);
                refs.add(new SeriesRef(parts[1], parts[2]));
            }
        }
        return refs;
    }

    /** Per value of {@code dimension}: the effectiveness figures of steps taken {@code from}..{@code to}. */
    public Map<String, Figures> effectiveness(String tenantId, String currency, Dimension dimension, LocalDate from, LocalDate to) {
        return EffectivenessReader.read(stores.get(StateStores.EFFECTIVENESS), tenantId, currency, dimension, from, to);
    }

    /** Per value of {@code dimension}: how the messages sent {@code from}..{@code to} were received. */
    public Map<String, Figures> engagement(String tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        return EngagementReader.read(stores.get(StateStores.ENGAGEMENT), tenantId, dimension, from, to);
    }
}
