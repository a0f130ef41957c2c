package dev.arrears.notification.dispatch;

/** Where a dispatch stands. */
public enum DispatchStatus {
    /** Being worked, or waiting until its due time. */
    OPEN,
    /** A message reached the customer, or a call was recorded. */
    DONE,
    /** Nothing for this service to send (an agency hand-off, a service block...). */
    RECORDED,
    /** No channel of the plan could reach the customer. */
    UNDELIVERABLE,
    /** The provider stayed unavailable through the retry budget: the source event was dead-lettered. */
    FAILED
}
