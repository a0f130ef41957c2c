package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.publish.PublishSettings;
import dev.arrears.contracts.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The analytics topology. Invoice, dunning and notification events (all keyed by customer) feed each customer's facts;
 * the changes they make to the figures are re-keyed by tenant and summed per tenant, segment, currency and
 * day; changed days are published to {@link Topics#ANALYTICS_DSO}. Records that cannot be used go to their
 * topic's dead-letter topic with the reason.
 */
public final class AnalyticsTopology {

    private static final Serde<String> STRING = Serdes.String();

    private AnalyticsTopology() {
    }

    public static Topology build(AnalyticsSettings settings, PublishSettings publishing) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(StateStores.CUSTOMERS, StateStores.CUSTOMER_SERDE));
        builder.addStateStore(store(StateStores.ITEMS, StateStores.ITEM_SERDE));
        builder.addStateStore(store(StateStores.CUSTOMER_BALANCES, StateStores.DATED_SERDE));
        builder.addStateStore(store(StateStores.MESSAGES, StateStores.MESSAGE_SERDE));
        builder.addStateStore(store(StateStores.DAILY, StateStores.FIGURES_SERDE));
        builder.addStateStore(store(StateStores.EFFECTIVENESS, StateStores.FIGURES_SERDE));
        builder.addStateStore(store(StateStores.ENGAGEMENT, StateStores.FIGURES_SERDE));
        builder.addStateStore(store(StateStores.SERIES, StateStores.SERIES_SERDE));

        KStream<String, ParsedEvent> events = parsed(builder, Topics.INVOICE_EVENTS)
                .merge(parsed(builder, Topics.DUNNING_EVENTS))
                .merge(parsed(builder, Topics.NOTIFICATION_EVENTS));
        events.filterNot((key, event) -> event.isValid()).to(DeadLetters.TOPIC, Produced.with(STRING, DeadLetters.PAYLOAD));

        KStream<String, Derived> derived = events.filter((key, event) -> event.isValid())
                .process(() -> new CustomerFactsProcessor(settings), StateStores.CUSTOMERS, StateStores.ITEMS,
                        StateStores.CUSTOMER_BALANCES, StateStores.MESSAGES);
        derived.filter((key, result) -> result.isFailure())
                .mapValues(Derived::failed)
                .to(DeadLetters.TOPIC, Produced.with(STRING, DeadLetters.PAYLOAD));
        derived.filterNot((key, result) -> result.isFailure())
                .mapValues(Derived::delta)
                .repartition(Repartitioned.with(STRING, JsonSerde.of(TenantDelta.class)).withName("tenant-figures"))
                .process(() -> new TenantFiguresProcessor(settings, publishing), StateStores.DAILY, StateStores.EFFECTIVENESS,
                        StateStores.ENGAGEMENT, StateStores.SERIES)
                .to(Topics.ANALYTICS_DSO, Produced.with(STRING, STRING));
        return builder.build();
    }

    private static KStream<String, ParsedEvent> parsed(StreamsBuilder builder, String topic) {
        return builder.stream(topic, Consumed.with(STRING, STRING)).processValues(EventParser::new);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(name), STRING, values);
    }
}
