package dev.arrears.devstack.kafka;

import dev.arrears.devstack.ChildProcesses;
import dev.arrears.devstack.Ports;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller) running in a child JVM on
 * fixed ports, with its data kept between runs. The child runs {@code kafka.Kafka} from this module's
 * own classpath, so the broker is exactly the Kafka version the services are built against.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Formats the storage on first start, then starts the broker and waits until it accepts connections.
     *
     * @param home folder for the broker's config, data and log
     */
    public static KafkaBroker start(Path home, int port, int controllerPort, Duration timeout) {
        try {
            Path data = home.resolve("data");
            Files.createDirectories(data);
            Path config = writeConfig(home, data, port, controllerPort);
            Path log = home.resolve("kafka.log");
            if (!Files.exists(data.resolve("meta.properties"))) {
                format(config, log);
            }
            Process process = ChildProcesses.java(List.of("kafka.Kafka", config.toString()),
                    List.of("-Xms256m", "-Xmx512m", "-Dlog4j2.configurationFile=" + writeLogConfig(home)), log);
            KafkaBroker broker = new KafkaBroker(process, port);
            broker.awaitListening(timeout, log);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the broker with a controlled shutdown, so the next start needs no log recovery. */
    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }

    private void awaitListening(Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (!Ports.isListening(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Kafka did not open port " + port + " within " + timeout.toSeconds() + " s; see " + log);
            }
            ChildProcesses.sleep(Duration.ofMillis(200));
        }
    }

    private static void format(Path config, Path log) {
        Process format = ChildProcesses.java(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString()), List.of("-Xmx256m"), log);
        try {
            if (format.waitFor() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private static Path writeConfig(Path home, Path data, int port, int controllerPort) throws IOException {
        String properties = """
                # Written by ./arrears up on every start; edit the launcher, not this file.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, data.toAbsolutePath());
        Path config = home.resolve("server.properties");
        Files.writeString(config, properties);
        return config;
    }

    private static Path writeLogConfig(Path home) throws IOException {
        String log4j = """
                appender.console.type=Console
                appender.console.name=STDOUT
                appender.console.layout.type=PatternLayout
                appender.console.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n
                rootLogger.level=WARN
                rootLogger.appenderRef.stdout.ref=STDOUT
                logger.kafka.name=kafka
                logger.kafka.level=INFO
                logger.server.name=org.apache.kafka.server
                logger.server.level=INFO
                """;
        Path config = home.resolve("log4j2.properties");
        Files.writeString(config, log4j);
        return config;
    }
}
