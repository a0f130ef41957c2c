package dev.arrears.notification.webhook;

import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;

/**
 * Hands verified updates to the {@link DeliveryUpdates} bean. Looked up rather than injected so the service builds and
 * starts while no implementation exists (the dispatch pipeline provides it); until then callbacks are answered 503
 * and the providers retry them.
 */
@ApplicationScoped
class DeliveryTracking {

    private final Instance<DeliveryUpdates> updates;

    DeliveryTracking(Instance<DeliveryUpdates> updates) {
        this.updates = updates;
    }

    Uni<Void> record(List<DeliveryUpdate> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (!updates.isResolvable()) {
            return Uni.createFrom().failure(new IllegalStateException("no DeliveryUpdates bean is deployed"));
        }
        return updates.get().record(batch);
    }
}
