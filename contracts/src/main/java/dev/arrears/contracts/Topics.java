package dev.arrears.contracts;

import java.util.List;

/**
 * Every Kafka topic Arrears uses, with its partition count, in one place.
 *
 * <p>All event topics are keyed by {@link EventKey} (tenant + customer), so the partition count is the
 * ceiling on consumer parallelism per group. Changing a count later re-shuffles customers across
 * partitions and breaks per-customer order for in-flight events, so choose it once, here.
 */
public final class Topics {

    public static final String INVOICE_EVENTS = "arrears.invoice.events";
    public static final String DUNNING_EVENTS = "arrears.dunning.events";
    public static final String NOTIFICATION_EVENTS = "arrears.notification.events";
    public static final String ANALYTICS_DSO = "arrears.analytics.dso";
    public static final String ERP_COMMANDS = "arrears.erp.commands";

    /** Default partition count for event topics: enough for a handful of replicas per consumer group. */
    public static final int EVENT_PARTITIONS = 12;

    /** Consumers that own a dead-letter topic each, as {@code <topic>.<consumer>.dlq}. */
    public static final List<TopicSpec> DEAD_LETTER_TOPICS = List.of(
            TopicSpec.deadLetter(ERP_COMMANDS, "invoice-service"),
            TopicSpec.deadLetter(INVOICE_EVENTS, "dunning-engine"),
            TopicSpec.deadLetter(NOTIFICATION_EVENTS, "dunning-engine"),
            TopicSpec.deadLetter(DUNNING_EVENTS, "notification-service"),
            TopicSpec.deadLetter(INVOICE_EVENTS, "notification-service"),
            TopicSpec.deadLetter(DUNNING_EVENTS, "invoice-service"),
            TopicSpec.deadLetter(INVOICE_EVENTS, "analytics-service"),
            TopicSpec.deadLetter(DUNNING_EVENTS, "analytics-service"),
            TopicSpec.deadLetter(NOTIFICATION_EVENTS, "analytics-service"));

    private Topics() {
    }

    /** Every topic to create before the services start, event topics first. */
    public static List<TopicSpec> all() {
        var topics = new java.util.ArrayList<TopicSpec>(List.of(
                new TopicSpec(INVOICE_EVENTS, EVENT_PARTITIONS),
                new TopicSpec(DUNNING_EVENTS, EVENT_PARTITIONS),
                new TopicSpec(NOTIFICATION_EVENTS, EVENT_PARTITIONS),
                new TopicSpec(ANALYTICS_DSO, EVENT_PARTITIONS),
                new TopicSpec(ERP_COMMANDS, EVENT_PARTITIONS)));
        topics.addAll(DEAD_LETTER_TOPICS);
        return List.copyOf(topics);
    }

    /** The dead-letter topic of {@code consumer} for records of {@code topic} it cannot process. */
    public static String deadLetter(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }

    /** A topic name and how many partitions it is created with. */
    public record TopicSpec(String name, int partitions) {

        static TopicSpec deadLetter(String topic, String consumer) {
            // Dead letters are rare and read by people; a few partitions keep order per customer cheaply.
            return new TopicSpec(Topics.deadLetter(topic, consumer), 3);
        }
    }
}
