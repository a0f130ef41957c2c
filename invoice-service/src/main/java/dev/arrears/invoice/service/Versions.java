package dev.arrears.invoice.service;

import dev.arrears.invoice.domain.PreconditionFailed;

/** Optimistic concurrency for updates: the client's If-Match version must be the current one. */
final class Versions {

    private Versions() {
    }

    /** @param expected the version the client read, or {@code null} when it sent no If-Match */
    static void require(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new PreconditionFailed(what, current);
        }
    }
}
