package dev.arrears.outbox.relay;

/** Where the outbox relay of this replica stands. */
public enum RelayState {
    /** Not started yet, or disabled because a Kafka Connect connector captures the outbox. */
    STOPPED,
    /** Another replica holds the relay lock; this one takes over when it dies. */
    STANDBY,
    /** This replica is the leader and its Debezium engine is connecting to the replication slot. */
    STARTING,
    /** The engine streams the outbox to Kafka. */
    STREAMING,
    /** The engine stopped with an error; it is restarted after a back-off. */
    FAILED
}
