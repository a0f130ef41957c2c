package dev.arrears.devstack.service;

import dev.arrears.devstack.postgres.ServiceDatabase;

import java.util.List;
import java.util.Optional;

/** One Arrears service as the local platform runs it: its module, default port and database. */
public record ServiceSpec(String name, int defaultPort, Optional<ServiceDatabase> database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("invoice-service", 8081, Optional.of(ServiceDatabase.INVOICE)),
            new ServiceSpec("dunning-engine", 8082, Optional.of(ServiceDatabase.DUNNING)),
            new ServiceSpec("notification-service", 8083, Optional.of(ServiceDatabase.NOTIFICATION)),
            new ServiceSpec("analytics-service", 8084, Optional.empty()));

    public String portVariable() {
        return "ARREARS_" + name.toUpperCase().replace('-', '_') + "_PORT";
    }
}
