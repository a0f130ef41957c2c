package dev.arrears.testsupport;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.EventReader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Plain Kafka clients on the shared test broker, for asserting exactly what a service published. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Publishes one record with the given headers and waits for the broker's ack. */
    public static void send(String topic, String key, Map<String, String> headers, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /**
     * Reads {@code topic} from the beginning until a record matches, or fails after {@code timeout}.
     * Each call uses a fresh consumer group, so tests never steal each other's records.
     */
    public static Received awaitRecord(String topic, Predicate<Received> match, Duration timeout) {
        return awaitRecords(topic, match, 1, timeout).get(0);
    }

    /** Reads {@code topic} from the beginning until {@code count} records matched, or fails after {@code timeout}. */
    public static List<Received> awaitRecords(String topic, Predicate<Received> match, int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<Received> matched = new ArrayList<>();
            int seen = 0;
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    Received received = Received.of(record);
                    if (match.test(received)) {
                        matched.add(received);
                        if (matched.size() == count) {
                            return matched;
                        }
                    }
                }
            }
            throw new AssertionError(matched.size() + " of " + count + " matching records on " + topic + " within "
                    + timeout.toSeconds() + " s (" + seen + " records read); matched " + matched);
        }
    }

    /**
     * Every matching record on {@code topic} up to its end as of this call: once a test has seen what it expected,
     * this shows whether anything else (a duplicate) was published too.
     */
    public static List<Received> allRecords(String topic, Predicate<Received> match) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Received> matched = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Received received = Received.of(record);
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition())) && match.test(received)) {
                        matched.add(received);
                    }
                }
            }
            return matched;
        }
    }

    /** A record as a test sees it: key, headers as strings, value. */
    public record Received(String topic, String key, Map<String, String> headers, String value) {

        private static final EventReader READER = new EventReader();

        static Received of(ConsumerRecord<String, String> record) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            return new Received(record.topic(), record.key(), headers, record.value());
        }

        public String header(String name) {
            return headers.get(name);
        }

        /**
         * The record read as every consumer reads it (CloudEvents headers, type, schema, key): one that breaks its
         * contract fails the test, as a consumer would dead-letter it.
         */
        public ArrearsEvent conforming() {
            try {
                return READER.read(key, this::header, value).event();
            } catch (EventReader.MalformedEvent e) {
                throw new AssertionError("a consumer would dead-letter this event: " + e.getMessage(), e);
            }
        }
    }
}
