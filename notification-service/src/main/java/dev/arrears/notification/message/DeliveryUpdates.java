package dev.arrears.notification.message;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** Takes what providers report after sending: delivery tracking, channel fallback, opt-outs. */
public interface DeliveryUpdates {

    Uni<Void> record(List<DeliveryUpdate> updates);
}
