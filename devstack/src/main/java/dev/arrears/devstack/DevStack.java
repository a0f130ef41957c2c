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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The local platform behind {@code ./arrears up}: PostgreSQL and Kafka on fixed ports with data kept
 * between runs, the topics, and the four services as separate processes; all stopped cleanly on Ctrl-C.
 */
public final class DevStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path repo;
    private final Path home;
    private final PrintStream out = System.out;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DevStack(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
    }

    public static void main(String[] args) {
        Path repo = Path.of(".").toAbsolutePath().normalize();
        Path home = null;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--data" -> home = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--fresh" -> fresh = true;
                default -> fail("unknown option " + args[i] + " (usage: arrears up [--fresh] [--data DIR])");
            }
        }
        if (home == null) {
            home = repo.resolve(".arrears");
        }
        DevStack stack = new DevStack(repo, home);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "arrears-shutdown"));
        try {
            stack.up(fresh);
        } catch (RuntimeException e) {
            System.err.println("arrears: " + e.getMessage());
            stack.stop();
            System.exit(1);
        }
        stack.awaitStop();
    }

    private void up(boolean fresh) {
        Instant begin = Instant.now();
        List<ServiceSpec> services = ServiceSpec.ALL;
        checkServicePorts(services);
        checkJars(services);
        if (fresh) {
            deleteRecursively(home);
            out.println("--fresh: wiped " + home);
        }
        out.println("Data and logs: " + home);

        int pgPort = chosenPort("PostgreSQL", "ARREARS_PG_PORT", 5432);
        out.print("Starting PostgreSQL 17 on port " + pgPort + " ... ");
        PostgresServer postgres = PostgresServer.start(pgPort, home.resolve("postgres"));
        started.add(postgres);
        postgres.provision(ServiceDatabase.ALL);
        out.println("ok");

        int kafkaPort = chosenPort("Kafka", "ARREARS_KAFKA_PORT", 9092);
        int controllerPort = Ports.preferred(kafkaPort + 1);
        out.print("Starting Kafka (KRaft) on port " + kafkaPort + " ... ");
        KafkaBroker kafka = KafkaBroker.start(home.resolve("kafka"), kafkaPort, controllerPort, Duration.ofSeconds(90));
        started.add(kafka);
        Set<String> created = TopicProvisioner.createTopics(kafka.bootstrapServers());
        out.println("ok" + (created.isEmpty() ? " (topics exist)" : " (created " + created.size() + " topics)"));

        List<ServiceProcess> processes = new ArrayList<>();
        for (ServiceSpec spec : services) {
            ServiceProcess process = ServiceProcess.start(spec, jar(spec), spec.port(),
                    environment(spec, pgPort, kafka.bootstrapServers()), home.resolve("logs").resolve(spec.name() + ".log"));
            started.add(process);
            processes.add(process);
        }
        awaitReady(processes, begin);
        printSummary(processes, pgPort, kafka.bootstrapServers(), begin);
    }

    private void awaitReady(List<ServiceProcess> processes, Instant begin) {
        Set<String> ready = new LinkedHashSet<>();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        boolean tty = System.console() != null;
        long lastLine = -1;
        while (ready.size() < processes.size()) {
            for (ServiceProcess process : processes) {
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
            String line = "Waiting for services (" + elapsed + " s): " + String.join("  ", processes.stream()
                    .map(p -> p.spec().name() + (ready.contains(p.spec().name()) ? " ready" : " ...")).toList());
            if (tty) {
                out.print("\r" + line);
            } else if (elapsed / 5 != lastLine) {
                out.println(line);
                lastLine = elapsed / 5;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("services not ready within " + READY_TIMEOUT.toSeconds() + " s: "
                        + processes.stream().map(p -> p.spec().name()).filter(n -> !ready.contains(n)).toList()
                        + "; see logs in " + home.resolve("logs"));
            }
            if (ready.size() < processes.size()) {
                ChildProcesses.sleep(Duration.ofMillis(500));
            } else if (tty) {
                out.println();
            } else if (elapsed / 5 == lastLine) {
                out.println(line);
            }
        }
    }

    private void printSummary(List<ServiceProcess> processes, int pgPort, String kafka, Instant begin) {
        out.println();
        out.printf("Arrears is up in %d s.%n%n", Duration.between(begin, Instant.now()).toSeconds());
        for (ServiceProcess p : processes) {
            out.printf("  %-22s %s   swagger %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    p.spec().name(), p.url(), p.url(), p.url(), p.url());
        }
        out.printf("%n  Kafka       %s%n", kafka);
        out.printf("  PostgreSQL  localhost:%d  databases %s (user = database, password = <database>-local)%n", pgPort,
                ServiceDatabase.ALL.stream().map(ServiceDatabase::database).toList());
        out.printf("  Logs        %s%n%nPress Ctrl-C to stop everything.%n", home.resolve("logs"));
    }

    private Map<String, String> environment(ServiceSpec spec, int pgPort, String kafka) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        spec.database().ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db.reactiveUrl("localhost", pgPort));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl("localhost", pgPort));
        });
        env.put("KAFKA_STREAMS_STATE_DIR", home.resolve("state").resolve(spec.name()).toString());
        return env;
    }

    private int chosenPort(String what, String variable, int defaultPort) {
        String override = System.getenv(variable);
        int wanted = override == null || override.isBlank() ? defaultPort : Integer.parseInt(override.trim());
        if (Ports.isFree(wanted)) {
            return wanted;
        }
        int other = Ports.anyFree();
        out.printf("Port %d is taken, so %s uses port %d (set %s to choose).%n", wanted, what, other, variable);
        return other;
    }

    private static void checkServicePorts(List<ServiceSpec> services) {
        for (ServiceSpec spec : services) {
            if (!Ports.isFree(spec.port())) {
                throw new IllegalStateException("port " + spec.port() + " for " + spec.name()
                        + " is in use by another program; stop it or set " + spec.portVariable() + " to another port.");
            }
        }
    }

    private void checkJars(List<ServiceSpec> services) {
        for (ServiceSpec spec : services) {
            if (!Files.isRegularFile(jar(spec))) {
                throw new IllegalStateException(spec.name() + " is not built (" + jar(spec) + " is missing); run ./arrears up, which builds it.");
            }
        }
    }

    private Path jar(ServiceSpec spec) {
        return repo.resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops services first, then Kafka, then PostgreSQL, so nothing loses its infrastructure mid-write. */
    private synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        if (!started.isEmpty()) {
            out.println(System.lineSeparator() + "Stopping Arrears ...");
        }
        List<AutoCloseable> reverse = new ArrayList<>(started);
        java.util.Collections.reverse(reverse);
        List<Thread> serviceStops = reverse.stream().filter(ServiceProcess.class::isInstance)
                .map(s -> {
                    Thread thread = new Thread(() -> closeQuietly(s), "stop-service");
                    thread.start();
                    return thread;
                }).toList();
        serviceStops.forEach(DevStack::join);
        reverse.stream().filter(c -> !(c instanceof ServiceProcess)).forEach(DevStack::closeQuietly);
        if (!started.isEmpty()) {
            out.println("Stopped. Data kept in " + home + " (./arrears up --fresh wipes it).");
        }
        started.clear();
        stopped.countDown();
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

    private static void fail(String message) {
        System.err.println("arrears: " + message);
        System.exit(2);
    }
}
