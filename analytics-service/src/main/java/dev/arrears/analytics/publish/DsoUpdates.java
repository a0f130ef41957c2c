package dev.arrears.analytics.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.dso.Dso;
import dev.arrears.analytics.domain.dso.DsoFigures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.analytics.DsoUpdated;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Turns one series' figures on a day into the analysts' {@link DsoUpdated} record. */
public final class DsoUpdates {

    public static final String SOURCE = "/arrears/analytics-service";

    private DsoUpdates() {
    }

    public static DsoUpdated of(String tenantId, String segment, String currency, LocalDate day, DailySeries series,
            List<Integer> windows) {
        BigDecimal receivables = series.stock(Metric.RECEIVABLES, day);
        BigDecimal current = series.stock(Metric.AGING_CURRENT, day);
        List<DsoUpdated.AgingBucket> aging = Arrays.stream(AgingBucket.values())
                .map(bucket -> new DsoUpdated.AgingBucket(bucket.name(), money(series.stock(bucket.amountMetric(), day), currency),
                        series.stock(bucket.itemsMetric(), day).intValueExact()))
                .toList();
        List<DsoUpdated.Window> figures = windows.stream().map(days -> {
            DsoFigures dso = Dso.of(series, day, days);
            return new DsoUpdated.Window(days, money(dso.creditSales(), currency), dso.standard(), dso.countBack(),
                    dso.bestPossible(), dso.averageDaysDelinquent());
        }).toList();
        return new DsoUpdated(tenantId, segment, currency, day, money(receivables, currency), money(current, currency),
                money(receivables.subtract(current), currency), aging, figures);
    }

    /**
     * The record's envelope. Its id derives from the figures, so the same figures published twice (a
     * restart, a correction that changed nothing) carry the same id and consumers drop the second.
     */
    public static EventEnvelope envelope(DsoUpdated figures, Instant publishedAt) {
        String json;
        try {
            json = ArrearsJson.mapper().writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + figures, e);
        }
        String id = UUID.nameUUIDFromBytes((EventType.DSO_UPDATED.type() + "\n" + json).getBytes(StandardCharsets.UTF_8)).toString();
        return new EventEnvelope(id, EventType.DSO_UPDATED, SOURCE, publishedAt,
                "dso/" + figures.currency() + "/" + figures.day(), figures);
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.atCurrencyScale(amount, currency);
    }
}
