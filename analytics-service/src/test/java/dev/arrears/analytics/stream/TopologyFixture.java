package dev.arrears.analytics.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.publish.PublishSettings;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.analytics.DsoUpdated;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** The topology under a {@link TopologyTestDriver} with a controlled wall clock, fed with enveloped events. */
final class TopologyFixture implements AutoCloseable {

    static final Duration PUBLISH_INTERVAL = Duration.ofSeconds(1);

    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, String>> inputs = new HashMap<>();
    private final TestOutputTopic<String, String> dso;
    private final List<TestRecord<String, String>> published = new ArrayList<>();
    private int sequence;

    TopologyFixture(AnalyticsSettings settings, Instant wallClock) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "analytics-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // Each driver its own state: two drivers may run side by side, and no run sees another's leftovers.
        config.put(StreamsConfig.STATE_DIR_CONFIG, "target/kafka-streams-ttd/" + UUID.randomUUID());
        driver = new TopologyTestDriver(AnalyticsTopology.build(settings, new PublishSettings(PUBLISH_INTERVAL, 31)), config, wallClock);
        for (String topic : List.of(Topics.INVOICE_EVENTS, Topics.DUNNING_EVENTS, Topics.NOTIFICATION_EVENTS)) {
            inputs.put(topic, driver.createInputTopic(topic, new StringSerializer(), new StringSerializer()));
        }
        dso = driver.createOutputTopic(Topics.ANALYTICS_DSO, new StringDeserializer(), new StringDeserializer());
    }

    TopologyFixture(Instant wallClock) {
        this(AnalyticsSettings.defaults(), wallClock);
    }

    /** Publishes {@code event} as its producer would, with {@code ce_time} = {@code time}. */
    TopologyFixture send(ArrearsEvent event, String time) {
        return send("evt-" + (++sequence), event, time);
    }

    /** With a given envelope id, e.g. to redeliver an event. */
    TopologyFixture send(String id, ArrearsEvent event, String time) {
        EventEnvelope envelope = new EventEnvelope(id, EventType.of(event), "/arrears/test", Instant.parse(time), null, event);
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        inputs.get(envelope.topic()).pipeInput(new TestRecord<>(envelope.key(), json(event), headers, envelope.time()));
        return this;
    }

    TestInputTopic<String, String> input(String topic) {
        return inputs.get(topic);
    }

    TestOutputTopic<String, String> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer());
    }

    /** Lets wall-clock time pass, which publishes what changed. */
    TopologyFixture advance(Duration duration) {
        driver.advanceWallClockTime(duration);
        return this;
    }

    TopologyFixture publish() {
        return advance(PUBLISH_INTERVAL);
    }

    /** Every DSO record published so far, oldest first. */
    List<TestRecord<String, String>> published() {
        published.addAll(dso.readRecordsToList());
        return published;
    }

    /** The latest record for one key, currency and day. */
    DsoUpdated latest(String key, String currency, LocalDate day) {
        DsoUpdated latest = null;
        for (TestRecord<String, String> record : published()) {
            DsoUpdated update = read(record.value());
            if (record.key().equals(key) && update.currency().equals(currency) && update.day().equals(day)) {
                latest = update;
            }
        }
        return latest;
    }

    /** The tenant's figures of one series as the REST API reads them. */
    DailySeries series(String tenantId, String currency, String segment) {
        KeyValueStore<String, Figures> daily = driver.getKeyValueStore(StateStores.DAILY);
        return SeriesReader.read(daily, StateStores.series(tenantId, currency, segment), null);
    }

    <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    static DsoUpdated read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, DsoUpdated.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(ArrearsEvent event) {
        try {
            return ArrearsJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
