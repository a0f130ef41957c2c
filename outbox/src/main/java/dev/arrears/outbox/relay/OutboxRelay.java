package dev.arrears.outbox.relay;

import dev.arrears.outbox.OutboxConfig;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.connect.source.SourceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Streams the outbox table to Kafka with the Debezium embedded engine (pgoutput).
 *
 * <p>A replication slot serves one reader at a time, so replicas elect a leader with a PostgreSQL advisory
 * lock held by the leader's own connection: when the leader dies its connection drops, the lock is freed and
 * a standby takes over within {@link OutboxConfig.Relay#standbyPoll()}. A failed engine (Kafka down, slot
 * busy) is restarted with back-off. Records are marked processed only after Kafka acknowledged them; after
 * a crash Debezium resumes from the slot's confirmed position, so events may repeat but are never lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig.Relay config;
    private final OutboxPublisher publisher;
    private final OutboxPruner pruner;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    private volatile RelayState state = RelayState.STOPPED;
    private volatile String lastError;
    private volatile Instant stateSince = Instant.now();
    private volatile boolean running;
    private Thread supervisor;

    OutboxRelay(OutboxConfig config, OutboxPublisher publisher, OutboxPruner pruner,
                @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                @ConfigProperty(name = "quarkus.datasource.username") String user,
                @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.config = config.relay();
        this.publisher = publisher;
        this.pruner = pruner;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled: a Kafka Connect connector captures the outbox");
            return;
        }
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public RelayState state() {
        return state;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant stateSince() {
        return stateSince;
    }

    public String slot() {
        return config.slot();
    }

    /** Starts competing for leadership and, once leader, streaming. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        supervisor = new Thread(this::supervise, "outbox-relay-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** Stops streaming and releases leadership; another replica may take over. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        supervisor.interrupt();
        try {
            supervisor.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transition(RelayState.STOPPED, null);
    }

    private void supervise() {
        try {
            Duration backoff = config.backoff();
            while (running) {
                try (Connection lock = connect()) {
                    if (!tryLock(lock)) {
                        transition(RelayState.STANDBY, null);
                        pause(config.standbyPoll());
                        continue;
                    }
                    LOG.infof("outbox relay is leader for slot %s", config.slot());
                    while (running && lock.isValid(2)) {
                        Optional<String> failure = runEngineWhileLeader(lock);
                        if (failure.isEmpty()) {
                            backoff = config.backoff();
                            continue;
                        }
                        transition(RelayState.FAILED, failure.get());
                        LOG.warnf("outbox relay engine failed, restarting in %s: %s", backoff, failure.get());
                        pause(backoff);
                        backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                    }
                } catch (SQLException e) {
                    transition(RelayState.FAILED, "database unreachable: " + e.getMessage());
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one engine until it fails, leadership is lost or the relay stops; answers the failure if any. */
    private Optional<String> runEngineWhileLeader(Connection lock) throws InterruptedException, SQLException {
        transition(RelayState.STARTING, null);
        EngineOutcome outcome = new EngineOutcome();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay-engine"));
        DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine = DebeziumEngine.create(Connect.class)
                .using(debeziumProperties())
                .notifying(this::handleBatch)
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        transition(RelayState.STREAMING, null);
                    }
                })
                .using(outcome)
                .build();
        executor.execute(engine);
        try {
            while (running && !outcome.isDone() && lock.isValid(2)) {
                outcome.await(Duration.ofSeconds(1));
            }
        } finally {
            closeEngine(engine, executor);
        }
        return outcome.failure();
    }

    private void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> changes,
                             DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer) throws InterruptedException {
        List<OutboxRecord> records = changes.stream().map(c -> OutboxRecord.of(c.value())).flatMap(Optional::stream).toList();
        if (!records.isEmpty()) {
            publisher.publish(records, config.ackTimeout());
        }
        for (ChangeEvent<SourceRecord, SourceRecord> change : changes) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
        pruner.delete(records.stream().map(OutboxRecord::eventId).toList());
    }

    private Properties debeziumProperties() {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Properties p = new Properties();
        p.setProperty("name", "outbox-relay-" + config.slot());
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("topic.prefix", config.slot());
        p.setProperty("database.hostname", uri.getHost());
        p.setProperty("database.port", Integer.toString(uri.getPort() > 0 ? uri.getPort() : 5432));
        p.setProperty("database.dbname", uri.getPath().substring(1));
        p.setProperty("database.user", user);
        p.setProperty("database.password", password);
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", config.slot());
        p.setProperty("publication.name", config.publication());
        p.setProperty("publication.autocreate.mode", "disabled");
        p.setProperty("table.include.list", "public.outbox");
        // The slot was created before the first write, so streaming from it misses nothing: no snapshot.
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("max.batch.size", Integer.toString(config.maxBatchSize()));
        p.setProperty("max.queue.size", Integer.toString(config.maxBatchSize() * 8));
        p.setProperty("poll.interval.ms", Long.toString(config.pollInterval().toMillis()));
        p.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
        p.setProperty("offset.storage.jdbc.connection.url", jdbcUrl);
        p.setProperty("offset.storage.jdbc.connection.user", user);
        p.setProperty("offset.storage.jdbc.connection.password", password);
        p.setProperty("offset.storage.jdbc.table.name", config.offsetsTable());
        p.setProperty("offset.flush.interval.ms", "1000");
        // Fail fast when the slot is held by another reader; the supervisor decides when to retry.
        p.setProperty("slot.max.retries", "2");
        p.setProperty("slot.retry.delay.ms", "1000");
        p.setProperty("errors.max.retries", "0");
        return p;
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        connection.setAutoCommit(true);
        return connection;
    }

    /** A session-level advisory lock per slot: held while the connection lives, freed when it drops. */
    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            statement.setString(1, "arrears-outbox-relay:" + config.slot());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void closeEngine(DebeziumEngine<?> engine, ExecutorService executor) {
        try {
            engine.close();
        } catch (IOException e) {
            LOG.warnf("outbox relay engine did not close cleanly: %s", e.getMessage());
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void transition(RelayState next, String error) {
        if (state != next) {
            stateSince = Instant.now();
            LOG.infof("outbox relay %s -> %s%s", state, next, error == null ? "" : ": " + error);
        }
        state = next;
        lastError = error;
    }

    private void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How the engine run ended: Debezium's completion callback. */
    private static final class EngineOutcome implements DebeziumEngine.CompletionCallback {

        private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        private volatile String failure;

        @Override
        public void handle(boolean success, String message, Throwable error) {
            if (!success) {
                failure = message + (error == null ? "" : " (" + error.getMessage() + ")");
            }
            done.countDown();
        }

        boolean isDone() {
            return done.getCount() == 0;
        }

        void await(Duration timeout) throws InterruptedException {
            done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** A failure, or the stop of an engine that was meant to keep running. */
        Optional<String> failure() {
            if (failure != null) {
                return Optional.of(failure);
            }
            return isDone() ? Optional.of("engine stopped") : Optional.empty();
        }
    }
}
