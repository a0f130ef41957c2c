package dev.arrears.dunning.repository;

import io.smallrye.mutiny.Uni;

/**
 * A transaction-scoped PostgreSQL advisory lock per customer. A run for a customer and the recording of a
 * fact about them never interleave, on any replica: the second waits for the first to commit, then reads
 * what it wrote. This, with the claim, is why no step of an item is ever executed twice.
 */
public final class CustomerLock {

    private CustomerLock() {
    }

    public static Uni<Void> acquire(String tenantId, String customerId) {
        return NativeSql.rows("select count(*), 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked", tenantId + ":" + customerId)
                .replaceWithVoid();
    }
}
