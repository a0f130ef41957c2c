package dev.arrears.devstack.service;

import dev.arrears.devstack.ChildProcesses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A packaged Quarkus service running as its own process, and whether it reports ready. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, int port, Process process, Path log) {
        this.spec = spec;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(ServiceSpec spec, Path jar, int port, Map<String, String> environment, Path log) {
        return start(spec, jar, port, List.of(), environment, log);
    }

    /** As {@link #start(ServiceSpec, Path, int, Map, Path)}, with further JVM options (e.g. {@code -Dkey=value}). */
    public static ServiceProcess start(ServiceSpec spec, Path jar, int port, List<String> jvmOptions, Map<String, String> environment,
                                       Path log) {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaExecutable(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return new ServiceProcess(spec, port, ChildProcesses.start(command, environment, log), log);
    }

    public ServiceSpec spec() {
        return spec;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    /** True when {@code /q/health/ready} answers 200: its database and Kafka checks pass. */
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as a crash or an out-of-memory kill ends a replica: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
