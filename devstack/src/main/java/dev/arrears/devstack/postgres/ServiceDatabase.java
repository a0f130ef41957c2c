package dev.arrears.devstack.postgres;

import java.util.List;

/**
 * The database and role of one service that keeps state. Each service owns its database; no service is
 * given another's role, so none can read another's tables.
 */
public record ServiceDatabase(String service, String database, String user, String password) {

    public static final ServiceDatabase INVOICE = local("invoice-service", "invoice");
    public static final ServiceDatabase DUNNING = local("dunning-engine", "dunning");
    public static final ServiceDatabase NOTIFICATION = local("notification-service", "notification");

    public static final List<ServiceDatabase> ALL = List.of(INVOICE, DUNNING, NOTIFICATION);

    /** Local and test credentials; deployments take theirs from secrets. */
    private static ServiceDatabase local(String service, String database) {
        return new ServiceDatabase(service, database, database, database + "-local");
    }

    public static ServiceDatabase named(String database) {
        return ALL.stream().filter(db -> db.database.equals(database) || db.service.equals(database)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service database '" + database + "'; known: "
                        + ALL.stream().map(ServiceDatabase::database).toList()));
    }

    public String jdbcUrl(String host, int port) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String host, int port) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }
}
