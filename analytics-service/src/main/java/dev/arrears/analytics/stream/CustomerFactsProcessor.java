package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.contribution.Contributions;
import dev.arrears.analytics.domain.contribution.CustomerContribution;
import dev.arrears.analytics.domain.engagement.MessageFacts;
import dev.arrears.analytics.domain.engagement.NotificationFacts;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.ledger.CustomerFacts;
import dev.arrears.analytics.domain.ledger.DatedEvent;
import dev.arrears.analytics.domain.ledger.EventFacts;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.ledger.Promise;
import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.analytics.domain.series.DatedFigures;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps each customer's facts (profile, promises, every invoice's and every message's facts) and sends the
 * tenant the exact change an event makes to its figures: the contribution of everything the event touched,
 * after minus before. Runs on the customer's partition, so one customer's events are handled one at a
 * time, in order.
 */
final class CustomerFactsProcessor implements Processor<String, ParsedEvent, String, Derived> {

    private static final Logger LOG = Logger.getLogger(CustomerFactsProcessor.class);

    private final AnalyticsSettings settings;
    private ProcessorContext<String, Derived> context;
    private KeyValueStore<String, CustomerFacts> customers;
    private KeyValueStore<String, ItemFacts> items;
    private KeyValueStore<String, DatedFigures> balances;
    private KeyValueStore<String, MessageFacts> messages;

    CustomerFactsProcessor(AnalyticsSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Derived> context) {
        this.context = context;
        this.customers = context.getStateStore(StateStores.CUSTOMERS);
        this.items = context.getStateStore(StateStores.ITEMS);
        this.balances = context.getStateStore(StateStores.CUSTOMER_BALANCES);
        this.messages = context.getStateStore(StateStores.MESSAGES);
    }

    @Override
    public void process(Record<String, ParsedEvent> record) {
        DatedEvent dated = record.value().event();
        try {
            TenantDelta delta = apply(dated);
            if (delta != null) {
                context.forward(new Record<>(dated.event().tenantId(), new Derived(delta, null), record.timestamp()));
            }
        } catch (RuntimeException e) {
            // One event this code cannot handle must not stop every customer on the partition.
            LOG.errorf(e, "cannot apply %s %s; dead-lettered", dated.type().eventName(), dated.id());
            String reason = dated.type().eventName() + " " + dated.id() + " could not be applied: " + e;
            DeadLetters.mark(record.headers(), reason, context.recordMetadata());
            context.forward(record.withValue(new Derived(null, record.value().rejected(reason))));
        }
    }

    private TenantDelta apply(DatedEvent dated) {
        String tenantId = dated.event().tenantId();
        String customerId = dated.event().customerId();
        String customerKey = StateStores.customer(tenantId, customerId);
        CustomerFacts before = Optional.ofNullable(customers.get(customerKey)).orElse(CustomerFacts.UNKNOWN);
        CustomerFacts after = EventFacts.apply(dated, before);
        boolean profileChanged = !before.profile().equals(after.profile());

        Contributions change = invoiceChange(dated, before, after, profileChanged)
                .plus(messageChange(dated, before, after, profileChanged));
        if (!after.equals(before)) {
            customers.put(customerKey, after);
        }
        keepBalances(tenantId, customerId, change);
        return change.isEmpty() ? null : TenantDelta.of(tenantId, change);
    }

    /** What the event changed in the figures of the customer's invoices and promises, having stored their new facts. */
    private Contributions invoiceChange(DatedEvent dated, CustomerFacts before, CustomerFacts after, boolean profileChanged) {
        String tenantId = dated.event().tenantId();
        String customerId = dated.event().customerId();
        Map<String, ItemFacts> itemsBefore = profileChanged ? all(items, tenantId, customerId, ItemFacts::invoiceId) : new LinkedHashMap<>();
        Map<String, ItemFacts> itemsAfter = new LinkedHashMap<>(itemsBefore);
        Set<String> touched = EventFacts.invoicesOf(dated);
        for (String invoiceId : touched) {
            ItemFacts item = itemsBefore.computeIfAbsent(invoiceId, id -> Optional
                    .ofNullable(items.get(StateStores.item(tenantId, customerId, id))).orElse(ItemFacts.unknown(id)));
            itemsAfter.put(invoiceId, EventFacts.apply(dated, item));
        }

        Set<String> promiseIds = promisesToJudge(before, after, touched, profileChanged);
        Map<String, Optional<ItemFacts>> others = new HashMap<>();
        Contributions was = CustomerContribution.of(settings, before, itemsBefore.values(), promises(before, promiseIds),
                id -> invoice(itemsBefore, others, tenantId, customerId, id));
        Contributions is = CustomerContribution.of(settings, after, itemsAfter.values(), promises(after, promiseIds),
                id -> invoice(itemsAfter, others, tenantId, customerId, id));

        for (String invoiceId : touched) {
            ItemFacts item = itemsAfter.get(invoiceId);
            if (!item.equals(itemsBefore.get(invoiceId))) {
                items.put(StateStores.item(tenantId, customerId, invoiceId), item);
            }
        }
        return is.minus(was);
    }

    /** What the event changed in the engagement figures of the customer's messages, having stored their new facts. */
    private Contributions messageChange(DatedEvent dated, CustomerFacts before, CustomerFacts after, boolean profileChanged) {
        String tenantId = dated.event().tenantId();
        String customerId = dated.event().customerId();
        Optional<String> touched = NotificationFacts.messageOf(dated);
        if (touched.isEmpty() && !profileChanged) {
            return new Contributions();
        }
        Map<String, MessageFacts> messagesBefore = profileChanged ? all(messages, tenantId, customerId, MessageFacts::messageId)
                : new LinkedHashMap<>();
        Map<String, MessageFacts> messagesAfter = new LinkedHashMap<>(messagesBefore);
        touched.ifPresent(messageId -> {
            MessageFacts message = messagesBefore.computeIfAbsent(messageId, id -> Optional
                    .ofNullable(messages.get(StateStores.message(tenantId, customerId, id))).orElse(MessageFacts.unknown(id)));
            MessageFacts updated = NotificationFacts.apply(dated, message);
            messagesAfter.put(messageId, updated);
            if (!updated.equals(message)) {
                messages.put(StateStores.message(tenantId, customerId, messageId), updated);
            }
        });
        return CustomerContribution.ofMessages(settings, after, messagesAfter.values())
                .minus(CustomerContribution.ofMessages(settings, before, messagesBefore.values()));
    }

    /** The customer's own balance and aging: their share of the tenant's {@code all} segment. */
    private void keepBalances(String tenantId, String customerId, Contributions change) {
        Map<String, Map<LocalDate, Figures>> byCurrency = new HashMap<>();
        change.daily().forEach((key, figures) -> {
            Figures balance = figures.only(AgingBucket.BALANCE_METRICS);
            if (key.segment().equals(SegmentBy.ALL) && !balance.isZero()) {
                byCurrency.computeIfAbsent(key.currency(), c -> new HashMap<>()).put(key.day(), balance);
            }
        });
        byCurrency.forEach((currency, changes) -> {
            String key = StateStores.customerBalance(tenantId, customerId, currency);
            DatedFigures balance = Optional.ofNullable(balances.get(key)).orElse(DatedFigures.EMPTY).plus(changes);
            if (balance.isEmpty()) {
                balances.delete(key);
            } else {
                balances.put(key, balance);
            }
        });
    }

    /** All promises when the profile changed; else the new one and those covering a touched invoice. */
    private static Set<String> promisesToJudge(CustomerFacts before, CustomerFacts after, Set<String> touched, boolean profileChanged) {
        Set<String> ids = new HashSet<>();
        after.promises().forEach((id, promise) -> {
            boolean changed = !promise.equals(before.promises().get(id));
            if (profileChanged || changed || promise.invoiceIds().stream().anyMatch(touched::contains)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static List<Promise> promises(CustomerFacts customer, Set<String> ids) {
        return ids.stream().map(customer.promises()::get).filter(p -> p != null).toList();
    }

    private Optional<ItemFacts> invoice(Map<String, ItemFacts> loaded, Map<String, Optional<ItemFacts>> others, String tenantId,
            String customerId, String invoiceId) {
        ItemFacts item = loaded.get(invoiceId);
        if (item != null) {
            return Optional.of(item);
        }
        return others.computeIfAbsent(invoiceId, id -> Optional.ofNullable(items.get(StateStores.item(tenantId, customerId, id))));
    }

    /** Everything a store keeps of one customer, by its own id. */
    private static <V> Map<String, V> all(KeyValueStore<String, V> store, String tenantId, String customerId, Function<V, String> id) {
        Map<String, V> all = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> it = store.prefixScan(StateStores.itemPrefix(tenantId, customerId), new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, V> entry = it.next();
                all.put(id.apply(entry.value), entry.value);
            }
        }
        return all;
    }
}
