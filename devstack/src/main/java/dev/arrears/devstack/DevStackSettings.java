package dev.arrears.devstack;

import dev.arrears.devstack.service.ServiceSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the local platform is started with: where the code and the data are, and the ports it prefers.
 * PostgreSQL and Kafka move to a free port when theirs is taken; a service port must be free.
 */
public record DevStackSettings(Path repo, Path home, boolean fresh, int postgresPort, int kafkaPort,
                               Map<String, Integer> servicePorts, PlatformClock clock) {

    public DevStackSettings {
        servicePorts = Map.copyOf(servicePorts);
    }

    /** On real time. */
    public DevStackSettings(Path repo, Path home, boolean fresh, int postgresPort, int kafkaPort, Map<String, Integer> servicePorts) {
        this(repo, home, fresh, postgresPort, kafkaPort, servicePorts, PlatformClock.REAL);
    }

    public DevStackSettings withClock(PlatformClock other) {
        return new DevStackSettings(repo, home, fresh, postgresPort, kafkaPort, servicePorts, other);
    }

    /** The defaults, overridable by {@code ARREARS_PG_PORT}, {@code ARREARS_KAFKA_PORT} and one variable per service. */
    public static DevStackSettings fromEnvironment(Path repo, Path home, boolean fresh) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec.name(), port(spec.portVariable(), spec.defaultPort()));
        }
        return new DevStackSettings(repo, home, fresh, port("ARREARS_PG_PORT", 5432), port("ARREARS_KAFKA_PORT", 9092), ports);
    }

    public int port(ServiceSpec spec) {
        return servicePorts.getOrDefault(spec.name(), spec.defaultPort());
    }

    private static int port(String variable, int defaultPort) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a port number");
        }
    }
}
