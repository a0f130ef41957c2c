package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.service.IdempotentRequests;
import dev.arrears.invoice.service.IdempotentRequests.StoredResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.Supplier;

/** What every write endpoint does alike: parse the body, honour Idempotency-Key and If-Match, shape the response. */
@ApplicationScoped
public class Requests {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ObjectMapper mapper;
    private final IdempotentRequests idempotency;

    Requests(ObjectMapper mapper, IdempotentRequests idempotency) {
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    /** Reads a JSON body; malformed JSON or impossible values become a 400 problem naming the field. */
    public <T> T parse(String body, Class<T> type) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw new JsonParseException(null, "a JSON body is required");
        }
        return mapper.readValue(body, type);
    }

    /** Runs a POST once per Idempotency-Key; a retry replays the stored response. */
    public Uni<Response> post(String tenantId, String key, String route, String body, Supplier<Uni<StoredResponse>> action) {
        return idempotency.run(tenantId, key, route + "\n" + body, action).map(Requests::toResponse);
    }

    public StoredResponse created(URI location, long version, Object view) {
        return StoredResponse.of(201, location.toString(), Long.toString(version), json(view));
    }

    public StoredResponse ok(long version, Object view) {
        return StoredResponse.of(200, null, Long.toString(version), json(view));
    }

    public static Response ok(Object view, long version) {
        return Response.ok(view).tag(new EntityTag(Long.toString(version))).build();
    }

    /** The version in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}), or {@code null} when absent. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "If-Match must be an ETag this API returned, e.g. \"3\"");
        }
    }

    private static Response toResponse(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.body());
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        if (stored.etag() != null) {
            builder.tag(new EntityTag(stored.etag()));
        }
        if (stored.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    private String json(Object view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + view.getClass().getSimpleName(), e);
        }
    }
}
