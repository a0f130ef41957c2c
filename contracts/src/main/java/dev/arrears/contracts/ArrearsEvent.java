package dev.arrears.contracts;

/** A fact one Arrears service publishes; every event belongs to one tenant's customer. */
public interface ArrearsEvent {

    String tenantId();

    String customerId();

    /** The Kafka record key, which keeps all of one customer's events in order. */
    default EventKey key() {
        return EventKey.of(tenantId(), customerId());
    }
}
