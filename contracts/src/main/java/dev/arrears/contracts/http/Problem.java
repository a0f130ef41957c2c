package dev.arrears.contracts.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, the error body of every Arrears HTTP API; {@code field} names the offending input where there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 422: the body is well-formed but cannot be booked (JAX-RS has no constant for it). */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public static Response response(int status, String slug, String title, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("https://arrears.dev/problems/" + slug, title, status, detail, field))
                .build();
    }
}
