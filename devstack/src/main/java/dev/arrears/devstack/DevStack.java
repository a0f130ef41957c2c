package dev.arrears.devstack;

import dev.arrears.devstack.kafka.KafkaBroker;
import dev.arrears.devstack.kafka.TopicProvisioner;
import dev.arrears.devstack.postgres.PostgresServer;
import dev.arrears.devstack.postgres.ServiceDatabase;
import dev.arrears.devstack.service.ServiceProcess;
import dev.arrears.devstack.service.ServiceSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The local platform behind {@code ./arrears up}: PostgreSQL and Kafka with data kept between runs, the
 * topics, and the four services as separate processes; stopped in order by {@link #close()}.
 */
public final class DevStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final DevStackSettings settings;
    private final PrintStream out;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    /** The real instant at which a shifted platform clock reads its start; the same for every service. */
    private Instant clockAnchor;

    public DevStack(DevStackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts everything and returns once every service reports ready; on failure stops what it started. */
    public RunningPlatform up() {
        try {
            return start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The services started, for callers that watch them. */
    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    private RunningPlatform start() {
        Instant begin = Instant.now();
        Path home = settings.home();
        checkServicePorts();
        checkJars();
        if (settings.fresh()) {
            deleteRecursively(home);
            out.println("--fresh: wiped " + home);
        }
        out.println("Data and logs: " + home);

        int pgPort = chosenPort("PostgreSQL", "ARREARS_PG_PORT", settings.postgresPort());
        out.print("Starting PostgreSQL 17 on port " + pgPort + " ... ");
        PostgresServer postgres = PostgresServer.start(pgPort, home.resolve("postgres"));
        started.add(postgres);
        postgres.provision(ServiceDatabase.ALL);
        out.println("ok");

        int kafkaPort = chosenPort("Kafka", "ARREARS_KAFKA_PORT", settings.kafkaPort());
        int controllerPort = Ports.preferred(kafkaPort + 1);
        out.print("Starting Kafka (KRaft) on port " + kafkaPort + " ... ");
        KafkaBroker kafka = KafkaBroker.start(home.resolve("kafka"), kafkaPort, controllerPort, Duration.ofSeconds(90));
        started.add(kafka);
        Set<String> created = TopicProvisioner.createTopics(kafka.bootstrapServers());
        out.println("ok" + (created.isEmpty() ? " (topics exist)" : " (created " + created.size() + " topics)"));

        clockAnchor = Instant.now();
        settings.clock().start().ifPresent(start -> out.printf("Platform clock: %s from now on, at %s× real time%n",
                start, settings.clock().speed()));
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            int port = settings.port(spec);
            ServiceProcess process = ServiceProcess.start(spec, jar(spec), port,
                    environment(spec, port, pgPort, kafka.bootstrapServers()), home.resolve("logs").resolve(spec.name() + ".log"));
            started.add(process);
            services.add(process);
            urls.put(spec.name(), process.url());
        }
        awaitReady(begin);
        RunningPlatform platform = new RunningPlatform(pgPort, kafka.bootstrapServers(), urls, home);
        printSummary(platform, begin);
        return platform;
    }

    private void awaitReady(Instant begin) {
        Set<String> ready = new LinkedHashSet<>();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        boolean tty = System.console() != null && out == System.out;
        long lastLine = -1;
        while (true) {
            for (ServiceProcess process : services) {
                String name = process.spec().name();
                if (ready.contains(name)) {
                    continue;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with code " + process.exitCode() + ". Last lines of "
                            + process.log() + ":" + System.lineSeparator() + ChildProcesses.tail(process.log(), 25));
                }
                if (process.isReady()) {
                    ready.add(name);
                }
            }
            long elapsed = Duration.between(begin, Instant.now()).toSeconds();
            boolean all = ready.size() == services.size();
            String line = "Waiting for services (" + elapsed + " s): " + String.join("  ", services.stream()
                    .map(p -> p.spec().name() + (ready.contains(p.spec().name()) ? " ready" : " ...")).toList());
            if (tty) {
                out.print("\r" + line + (all ? System.lineSeparator() : ""));
            } else if (all || elapsed / 5 != lastLine) {
                out.println(line);
                lastLine = elapsed / 5;
            }
            if (all) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("services not ready within " + READY_TIMEOUT.toSeconds() + " s: "
                        + services.stream().map(p -> p.spec().name()).filter(n -> !ready.contains(n)).toList()
                        + "; see logs in " + settings.home().resolve("logs"));
            }
            ChildProcesses.sleep(Duration.ofMillis(500));
        }
    }

    private void printSummary(RunningPlatform platform, Instant begin) {
        out.println();
        out.printf("Arrears is up in %d s.%n%n", Duration.between(begin, Instant.now()).toSeconds());
        platform.serviceUrls().forEach((name, url) ->
                out.printf("  %-22s %s   swagger %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                        name, url, url, url, url));
        out.printf("%n  Kafka       %s%n", platform.kafkaBootstrapServers());
        out.printf("  PostgreSQL  localhost:%d  databases %s (user = database, password = <database>-local)%n",
                platform.postgresPort(), ServiceDatabase.ALL.stream().map(ServiceDatabase::database).toList());
        out.printf("  Logs        %s%n%n", settings.home().resolve("logs"));
    }

    private Map<String, String> environment(ServiceSpec spec, int port, int pgPort, String kafka) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        spec.database().ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db.reactiveUrl("localhost", pgPort));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl("localhost", pgPort));
        });
        env.put("KAFKA_STREAMS_STATE_DIR", settings.home().resolve("state").resolve(spec.name()).toString());
        settings.clock().start().ifPresent(start -> {
            env.put("ARREARS_CLOCK_START", start.toString());
            env.put("ARREARS_CLOCK_ANCHOR", clockAnchor.toString());
            env.put("ARREARS_CLOCK_SPEED", Double.toString(settings.clock().speed()));
        });
        return env;
    }

    private int chosenPort(String what, String variable, int wanted) {
        if (Ports.isFree(wanted)) {
            return wanted;
        }
        int other = Ports.anyFree();
        out.printf("Port %d is taken, so %s uses port %d (set %s to choose).%n", wanted, what, other, variable);
        return other;
    }

    private void checkServicePorts() {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            int port = settings.port(spec);
            if (!Ports.isFree(port)) {
                throw new IllegalStateException("port " + port + " for " + spec.name()
                        + " is in use by another program; stop it or set " + spec.portVariable() + " to another port.");
            }
        }
    }

    private void checkJars() {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (!Files.isRegularFile(jar(spec))) {
                throw new IllegalStateException(spec.name() + " is not built (" + jar(spec) + " is missing); run ./arrears up, which builds it.");
            }
        }
    }

    private Path jar(ServiceSpec spec) {
        return settings.repo().resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Stops services first, then Kafka, then PostgreSQL, so nothing loses its infrastructure mid-write. */
    @Override
    public synchronized void close() {
        if (started.isEmpty()) {
            return;
        }
        out.println(System.lineSeparator() + "Stopping Arrears ...");
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        List<Thread> serviceStops = reverse.stream().filter(ServiceProcess.class::isInstance)
                .map(service -> {
                    Thread thread = new Thread(() -> closeQuietly(service), "stop-service");
                    thread.start();
                    return thread;
                }).toList();
        serviceStops.forEach(DevStack::join);
        reverse.stream().filter(c -> !(c instanceof ServiceProcess)).forEach(DevStack::closeQuietly);
        started.clear();
        services.clear();
        out.println("Stopped. Data kept in " + settings.home() + " (./arrears up --fresh wipes it).");
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("arrears: " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
