package dev.arrears.contracts;

/**
 * A fact one Arrears service publishes; every event belongs to one tenant, and all but the analytics
 * figures to one customer of it (those override {@link #key()} with the segment they cover).
 */
public interface ArrearsEvent {

    String tenantId();

    String customerId();

    /** The Kafka record key, which keeps all of one customer's events in order. */
    default EventKey key() {
        return EventKey.of(tenantId(), customerId());
    }
}
