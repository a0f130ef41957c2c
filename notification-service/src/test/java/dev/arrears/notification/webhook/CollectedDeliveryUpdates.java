package dev.arrears.notification.webhook;

import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps what the webhooks handed over. Enabled only by {@link WebhookTestProfile}, so other tests see the real
 * {@link DeliveryUpdates} bean of the dispatch pipeline.
 */
@Alternative
@ApplicationScoped
public class CollectedDeliveryUpdates implements DeliveryUpdates {

    private final List<DeliveryUpdate> received = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> record(List<DeliveryUpdate> updates) {
        received.addAll(updates);
        return Uni.createFrom().voidItem();
    }

    public List<DeliveryUpdate> received() {
        return List.copyOf(received);
    }

    public void clear() {
        received.clear();
    }
}
