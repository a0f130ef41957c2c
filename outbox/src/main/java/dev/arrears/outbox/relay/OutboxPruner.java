package dev.arrears.outbox.relay;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Deletes outbox rows once their events are on Kafka, so the table stays small. The WAL holds every
 * insert until the slot confirms it, so deleting a row never loses its event; rows a failed delete left
 * behind are swept with the next batch once they are an hour old.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    private final AgroalDataSource dataSource;

    OutboxPruner(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void delete(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from outbox where ce_id = any(?) or created_at < now() - interval '1 hour'")) {
            Array ids = connection.createArrayOf("varchar", eventIds.toArray());
            delete.setArray(1, ids);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("could not prune %d published outbox rows (they stay until the next prune): %s", eventIds.size(), e.getMessage());
        }
    }
}
