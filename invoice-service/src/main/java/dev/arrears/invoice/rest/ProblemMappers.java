package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.NotFound;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Turns every domain and input error into {@code application/problem+json}. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidInput e) {
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        return Problem.response(Response.Status.CONFLICT.getStatusCode(), "conflict", "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problem.response(Response.Status.NOT_FOUND.getStatusCode(), "not-found", "Not found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response missingTenant(MissingTenant e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "missing-tenant", "Missing tenant", e.getMessage(), TenantHeader.NAME);
    }

    /** A body that is not JSON, or whose values cannot be what the field is (e.g. an unknown currency). */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-body", "Malformed body", rootMessage(e), field);
    }

    /**
     * Errors the framework raises itself (unreadable JSON, unknown route, wrong media type) keep their
     * status but get a problem body like every other error.
     */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = e.getResponse().getStatusInfo();
        return Problem.response(status, "http-" + status, type.getReasonPhrase(), e.getMessage(), null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    }
}
