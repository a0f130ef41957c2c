package dev.arrears.analytics.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.contribution.DailyKey;
import dev.arrears.analytics.domain.effectiveness.EffectivenessKey;
import dev.arrears.analytics.domain.engagement.EngagementKey;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.publish.DsoUpdates;
import dev.arrears.analytics.publish.PublishSettings;
import dev.arrears.analytics.publish.SeriesState;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.analytics.DsoUpdated;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds each customer's changes to the tenant's dated figures, notes which days of which series changed,
 * and on wall-clock time publishes those days' {@link DsoUpdated} records, plus today's for every series
 * once a day. Runs on the tenant's partition, so a tenant's figures have one writer.
 */
final class TenantFiguresProcessor implements Processor<String, TenantDelta, String, String> {

    private static final Logger LOG = Logger.getLogger(TenantFiguresProcessor.class);

    private final AnalyticsSettings settings;
    private final PublishSettings publishing;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, Figures> daily;
    private KeyValueStore<String, Figures> effectiveness;
    private KeyValueStore<String, Figures> engagement;
    private KeyValueStore<String, SeriesState> series;

    TenantFiguresProcessor(AnalyticsSettings settings, PublishSettings publishing) {
        this.settings = settings;
        this.publishing = publishing;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.daily = context.getStateStore(StateStores.DAILY);
        this.effectiveness = context.getStateStore(StateStores.EFFECTIVENESS);
        this.engagement = context.getStateStore(StateStores.ENGAGEMENT);
        this.series = context.getStateStore(StateStores.SERIES);
        context.schedule(publishing.interval(), PunctuationType.WALL_CLOCK_TIME, this::publish);
    }

    @Override
    public void process(Record<String, TenantDelta> record) {
        TenantDelta delta = record.value();
        Map<String, LocalDate> changedFrom = new HashMap<>();
        for (TenantDelta.Daily change : delta.daily()) {
            DailyKey key = change.key();
            String seriesKey = StateStores.series(delta.tenantId(), key.currency(), key.segment());
            add(daily, StateStores.onDay(seriesKey, key.day()), change.figures());
            changedFrom.merge(seriesKey, key.day(), (a, b) -> a.isBefore(b) ? a : b);
        }
        for (TenantDelta.Effectiveness change : delta.effectiveness()) {
            EffectivenessKey key = change.key();
            add(effectiveness, StateStores.onDay(StateStores.effectiveness(delta.tenantId(), key.currency(), key.dimension(), key.value()),
                    key.day()), change.figures());
        }
        for (TenantDelta.Engagement change : delta.engagement()) {
            EngagementKey key = change.key();
            add(engagement, StateStores.onDay(StateStores.engagement(delta.tenantId(), key.dimension(), key.value()), key.day()),
                    change.figures());
        }
        changedFrom.forEach((seriesKey, day) ->
                series.put(seriesKey, Optional.ofNullable(series.get(seriesKey)).orElse(SeriesState.NEW).changedOn(day)));
    }

    private static void add(KeyValueStore<String, Figures> store, String key, Figures change) {
        Figures sum = Optional.ofNullable(store.get(key)).orElse(Figures.ZERO).plus(change);
        if (sum.isZero()) {
            store.delete(key);
        } else {
            store.put(key, sum);
        }
    }

    private void publish(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Map<String, SeriesState> due = new LinkedHashMap<>();
        try (KeyValueIterator<String, SeriesState> it = series.all()) {
            while (it.hasNext()) {
                KeyValue<String, SeriesState> entry = it.next();
                if (!entry.value.daysToPublish(today, publishing.maxDaysBack()).isEmpty()) {
                    due.put(entry.key, entry.value);
                }
            }
        }
        due.forEach((seriesKey, state) -> {
            try {
                publish(seriesKey, state.daysToPublish(today, publishing.maxDaysBack()), now);
                series.put(seriesKey, state.publishedUpTo(today));
            } catch (RuntimeException e) {
                // Left due: the next punctuation tries again, and other series are not held up.
                LOG.errorf(e, "cannot publish DSO figures of %s", seriesKey);
            }
        });
    }

    private void publish(String seriesKey, List<LocalDate> days, Instant now) {
        String[] parts = StateStores.seriesParts(seriesKey);
        DailySeries figures = SeriesReader.read(daily, seriesKey, days.get(days.size() - 1));
        for (LocalDate day : days) {
            DsoUpdated update = DsoUpdates.of(parts[0], parts[2], parts[1], day, figures, settings.dsoWindows());
            EventEnvelope envelope = DsoUpdates.envelope(update, now);
            RecordHeaders headers = new RecordHeaders();
            envelope.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
            context.forward(new Record<>(envelope.key(), json(update), now.toEpochMilli(), headers));
        }
    }

    private static String json(DsoUpdated update) {
        try {
            return ArrearsJson.mapper().writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + update, e);
        }
    }
}
