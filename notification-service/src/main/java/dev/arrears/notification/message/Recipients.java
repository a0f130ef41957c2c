package dev.arrears.notification.message;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

/**
 * The customers this service can address, from the contact store the dispatch pipeline keeps (CustomerUpserted).
 * Reactive because that store is: a blocking lookup could not run on the event loop that serves previews.
 */
public interface Recipients {

    /** The customer as a recipient, or empty when the tenant has no such customer (or none has arrived yet). */
    Uni<Optional<Recipient>> find(String tenantId, String customerId);
}
