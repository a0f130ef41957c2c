package dev.arrears.analytics.query;

import dev.arrears.analytics.config.AnalyticsConfig;
import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.contribution.Contributions;
import dev.arrears.analytics.domain.contribution.CustomerContribution;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.ledger.CustomerFacts;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.ledger.Profile;
import dev.arrears.analytics.domain.risk.RiskClass;
import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.domain.series.DatedFigures;
import dev.arrears.analytics.domain.timeline.ItemTimeline;
import dev.arrears.analytics.stream.StateStores;
import dev.arrears.contracts.Money;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer's figures, derived on demand from the facts kept for them, with the same code that feeds
 * the tenant's figures; nothing is stored per customer and day.
 */
@ApplicationScoped
public class CustomerFigures {

    /** Most overdue first; equal amounts by customer id, so every instance orders alike. */
    public static final Comparator<OverdueCustomer> MOST_OVERDUE_FIRST = Comparator
            .comparing((OverdueCustomer c) -> c.overdue().amount()).reversed()
            .thenComparing(OverdueCustomer::customerId);

    private final LocalStores stores;
    private final AnalyticsSettings settings;

    CustomerFigures(LocalStores stores, AnalyticsConfig config) {
        this.stores = stores;
        this.settings = config.settings();
    }

    /** The customer's daily figures in {@code currency}; empty for a customer without invoices in it. */
    public DailySeries series(String tenantId, String customerId, String currency) {
        CustomerFacts customer = customer(tenantId, customerId);
        Map<String, ItemFacts> items = items(tenantId, customerId);
        Contributions contributions = CustomerContribution.of(settings, customer, items.values(), customer.promises().values(),
                id -> Optional.ofNullable(items.get(id)));
        Map<LocalDate, Figures> changes = new HashMap<>();
        contributions.daily().forEach((key, figures) -> {
            if (key.segment().equals(SegmentBy.ALL) && key.currency().equals(currency)) {
                changes.put(key.day(), figures);
            }
        });
        return DailySeries.of(changes);
    }

    /**
     * The customers with the most overdue in {@code currency} at the end of {@code day}, most first: found from each
     * customer's kept balance (one read per customer of this instance, however many invoices they have); only the
     * customers listed have their invoices replayed, for the days past due of their oldest overdue item.
     */
    public List<OverdueCustomer> mostOverdue(String tenantId, String currency, LocalDate day, int limit) {
        ReadOnlyKeyValueStore<String, DatedFigures> balances = stores.get(StateStores.CUSTOMER_BALANCES);
        List<Map.Entry<String, Figures>> overdue = new ArrayList<>();
        try (KeyValueIterator<String, DatedFigures> it = balances.prefixScan(StateStores.itemPrefix(tenantId, null),
                new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, DatedFigures> entry = it.next();
                Figures balance = entry.value.at(day);
                if (entry.key.endsWith(":" + currency) && overdueOf(balance).signum() > 0) {
                    overdue.add(Map.entry(StateStores.customerOfItem(entry.key), balance));
                }
            }
        }
        overdue.sort(Comparator.comparing((Map.Entry<String, Figures> e) -> overdueOf(e.getValue())).reversed()
                .thenComparing(Map.Entry::getKey));
        return overdue.stream().limit(limit)
                .map(e -> overdueCustomer(tenantId, e.getKey(), currency, day, e.getValue()))
                .toList();
    }

    private OverdueCustomer overdueCustomer(String tenantId, String customerId, String currency, LocalDate day, Figures balance) {
        int items = 0;
        for (AgingBucket bucket : AgingBucket.values()) {
            if (bucket.overdue()) {
                items += balance.get(bucket.itemsMetric()).intValueExact();
            }
        }
        Profile profile = customer(tenantId, customerId).profile();
        return new OverdueCustomer(customerId, Money.atCurrencyScale(overdueOf(balance), currency),
                Money.atCurrencyScale(balance.get(Metric.RECEIVABLES), currency),
                oldestDaysPastDue(tenantId, customerId, currency, day, CustomerContribution.zoneOf(profile, settings.zone())), items,
                RiskClass.of(profile.riskClass()).name(), settings.segmentBy().of(profile));
    }

    private long oldestDaysPastDue(String tenantId, String customerId, String currency, LocalDate day, ZoneId zone) {
        long oldest = 0;
        for (ItemFacts item : items(tenantId, customerId).values()) {
            if (!currency.equals(item.currency())) {
                continue;
            }
            Optional<ItemTimeline> timeline = ItemTimeline.of(item, zone).filter(t -> !t.issueDate().isAfter(day));
            if (timeline.isPresent()) {
                BigDecimal[] open = timeline.get().openAt(day);
                for (int i = 0; i < open.length; i++) {
                    if (open[i].signum() > 0) {
                        oldest = Math.max(oldest, ChronoUnit.DAYS.between(timeline.get().installments().get(i).dueDate(), day));
                    }
                }
            }
        }
        return oldest;
    }

    private static BigDecimal overdueOf(Figures balance) {
        return balance.get(Metric.RECEIVABLES).subtract(balance.get(Metric.AGING_CURRENT));
    }

    private CustomerFacts customer(String tenantId, String customerId) {
        ReadOnlyKeyValueStore<String, CustomerFacts> customers = stores.get(StateStores.CUSTOMERS);
        return Optional.ofNullable(customers.get(StateStores.customer(tenantId, customerId))).orElse(CustomerFacts.UNKNOWN);
    }

    private Map<String, ItemFacts> items(String tenantId, String customerId) {
        ReadOnlyKeyValueStore<String, ItemFacts> itemStore = stores.get(StateStores.ITEMS);
        Map<String, ItemFacts> items = new LinkedHashMap<>();
        try (KeyValueIterator<String, ItemFacts> it = itemStore.prefixScan(StateStores.itemPrefix(tenantId, customerId),
                new StringSerializer())) {
            while (it.hasNext()) {
                ItemFacts item = it.next().value;
                items.put(item.invoiceId(), item);
            }
        }
        return items;
    }
}
