package dev.arrears.dunning.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Replicas claiming the same schedule concurrently never get the same item twice. */
@QuarkusTest
class ScheduleTest {

    @Inject
    Schedule schedule;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2030-01-01T09:00:00Z");

    @Test
    void concurrentReplicasShareABacklogWithoutDuplicates() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom().range(0, 300)
                .onItem().transformToUniAndConcatenate(i -> schedule.dueAt(tenant, "C-" + (i % 7), "inv-" + i, 1, now.minusSeconds(i)))
                .collect().last()));
        // One not yet due: it must not be claimed.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> schedule.dueAt(tenant, "C-1", "later", 1, now.plusSeconds(60))));

        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        IntStream.range(0, 4).forEach(replica -> runs.add(replicas.submit(() -> {
            while (true) {
                List<Schedule.DueItem> batch = claim("replica-" + replica, now, 7);
                List<Schedule.DueItem> mine = batch.stream().filter(item -> item.tenantId().equals(tenant)).toList();
                if (batch.isEmpty()) {
                    return null;
                }
                mine.forEach(item -> claimed.add(item.invoiceId()));
            }
        })));
        for (Future<?> run : runs) {
            run.get();
        }
        replicas.shutdown();

        assertThat(claimed).hasSize(300).doesNotHaveDuplicates().doesNotContain("later");

        List<Schedule.DueItem> afterLease = claim("replica-9", now.plus(Duration.ofMinutes(6)), 1000);
        assertThat(afterLease.stream().filter(item -> item.tenantId().equals(tenant)))
                .as("leases expire, so a dead replica's items are claimed again").hasSize(301);
    }

    /** One replica's claim, in its own transaction as the engine makes it. */
    private List<Schedule.DueItem> claim(String worker, Instant at, int batch) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                    schedule.claim(worker, at, Duration.ofMinutes(5), batch)));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
