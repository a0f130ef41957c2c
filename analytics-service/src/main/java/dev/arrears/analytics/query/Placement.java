package dev.arrears.analytics.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.HostInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which instance holds which figures. Each store is partitioned: a tenant's figures live with the
 * partition of the tenant, a customer's facts with the partition of the customer. With several replicas
 * (each with {@code kafka-streams.application.server} set to where the others reach its HTTP API), a
 * request for figures held elsewhere is answered by the instance that holds them.
 *
 * <p>Whether a key is held here is decided by this instance's own active tasks, not by comparing host
 * names: the address an instance advertises may not be the one it knows itself by.
 */
@ApplicationScoped
public class Placement {

    private final KafkaStreams streams;
    private final Map<String, Integer> subtopologyOfStore = new HashMap<>();

    Placement(KafkaStreams streams, Topology topology) {
        this.streams = streams;
        for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    processor.stores().forEach(store -> subtopologyOfStore.put(store, subtopology.id()));
                }
            }
        }
    }

    /** The instance holding {@code key} of {@code store}, or empty when it is this one. */
    public Optional<HostInfo> elsewhere(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, new StringSerializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new StoresNotReady("the partitions are being assigned; retry shortly", null);
        }
        Integer subtopology = subtopologyOfStore.get(store);
        boolean here = activeTasks().anyMatch(task -> task.taskId().subtopology() == subtopology
                && task.taskId().partition() == metadata.partition());
        if (here) {
            return Optional.empty();
        }
        if (metadata.activeHost().port() < 0) {
            throw new StoresNotReady("no instance holds " + key + " right now; retry shortly", null);
        }
        return Optional.of(metadata.activeHost());
    }

    /** Every other instance of the service, for questions whose answer is spread over all partitions. */
    public List<HostInfo> others() {
        Set<TopicPartition> mine = activeTasks().flatMap(task -> task.topicPartitions().stream()).collect(Collectors.toSet());
        return streams.metadataForAllStreamsClients().stream()
                .filter(client -> client.hostInfo().port() >= 0)
                .filter(client -> client.topicPartitions().stream().noneMatch(mine::contains))
                .map(StreamsMetadata::hostInfo)
                .distinct()
                .toList();
    }

    private Stream<TaskMetadata> activeTasks() {
        return streams.metadataForLocalThreads().stream().map(ThreadMetadata::activeTasks).flatMap(Set::stream);
    }
}
