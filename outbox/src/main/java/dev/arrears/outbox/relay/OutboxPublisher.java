package dev.arrears.outbox.relay;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends captured outbox records to Kafka through the {@code outbox} channel and returns only once Kafka
 * acknowledged every one of them, so the relay never marks an unpublished record as processed.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final MutinyEmitter<String> emitter;

    OutboxPublisher(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65536)
                    MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Publishes in order and waits for all acknowledgements; throws if any send fails or times out. */
    public void publish(List<OutboxRecord> records, Duration timeout) throws InterruptedException {
        List<CompletableFuture<Void>> acks = new ArrayList<>(records.size());
        for (OutboxRecord record : records) {
            // Subscribed one by one, in capture order, so per-key order on the partition is kept.
            acks.add(emitter.sendMessage(message(record)).subscribeAsCompletionStage());
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused an outbox record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + records.size() + " outbox records within " + timeout, e);
        }
    }

    private static Message<String> message(OutboxRecord record) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return Message.of(record.payload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic())
                .withKey(record.key())
                .withHeaders(headers)
                .build());
    }
}
