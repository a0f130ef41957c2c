package dev.arrears.notification.rest;

/** A preview named a customer the contact store does not know for the tenant. */
class CustomerNotFound extends RuntimeException {

    CustomerNotFound(String tenantId, String customerId) {
        super("tenant " + tenantId + " has no customer " + customerId + " in the contact store");
    }
}
