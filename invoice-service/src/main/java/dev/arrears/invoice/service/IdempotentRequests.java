package dev.arrears.invoice.service;

import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.InvalidInput;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Makes a POST safe to retry. The first response to an {@code Idempotency-Key} is stored in the same
 * transaction as the request's effect; a retry with the same key and the same request gets that response
 * back and changes nothing; the same key with a different request is refused.
 */
@ApplicationScoped
public class IdempotentRequests {

    private final Clock clock;

    IdempotentRequests(Clock clock) {
        this.clock = clock;
    }

    /** A response as stored for replay. */
    public record StoredResponse(int status, String location, String etag, String body, boolean replayed) {

        public static StoredResponse of(int status, String location, String etag, String body) {
            return new StoredResponse(status, location, etag, body, false);
        }
    }

    /**
     * @param key the client's Idempotency-Key, or {@code null} to just run the action
     * @param request what the request asked for (route and body), to recognise a key reused for another request
     */
    @WithTransaction
    public Uni<StoredResponse> run(String tenantId, String key, String request, Supplier<Uni<StoredResponse>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new InvalidInput("Idempotency-Key", "Idempotency-Key must be 1 to 255 characters");
        }
        String fingerprint = sha256(request);
        return find(tenantId, key).chain(stored -> {
            if (stored != null) {
                if (!stored[0].equals(fingerprint)) {
                    throw new InvalidInput("Idempotency-Key", "Idempotency-Key " + key + " was used for a different request");
                }
                return Uni.createFrom().item(new StoredResponse((Integer) stored[1], (String) stored[2], (String) stored[3],
                        (String) stored[4], true));
            }
            return action.get().call(response -> store(tenantId, key, fingerprint, response));
        });
    }

    private Uni<Object[]> find(String tenantId, String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select fingerprint, status, location, etag, body from idempotent_request
                        where tenant_id = ?1 and idempotency_key = ?2""", Object[].class)
                .setParameter(1, tenantId)
                .setParameter(2, key)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0)));
    }

    private Uni<Void> store(String tenantId, String key, String fingerprint, StoredResponse response) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into idempotent_request (tenant_id, idempotency_key, fingerprint, status, location, etag, body, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, tenantId)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, response.status())
                .setParameter(5, response.location())
                .setParameter(6, response.etag())
                .setParameter(7, response.body())
                .setParameter(8, clock.instant())
                .executeUpdate()
                .onFailure().transform(e -> isUniqueViolation(e)
                        ? new Conflict("a request with Idempotency-Key " + key + " is being processed; retry it")
                        : e)
                .replaceWithVoid());
    }

    private static String sha256(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("23505")) {
                return true;
            }
        }
        return false;
    }
}
