package dev.arrears.invoice.rest;

import dev.arrears.contracts.http.Problem;
import dev.arrears.contracts.http.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.domain.PreconditionFailed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


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
    public Response preconditionFailed(PreconditionFailed e) {
        return Problem.response(Response.Status.PRECONDITION_FAILED.getStatusCode(), "stale-version", "Precondition failed", e.getMessage(), "If-Match");
    }

    /** Two writers changed the same record at once; the loser retries on fresh data. */
    @ServerExceptionMapper
    public Response concurrentUpdate(org.hibernate.StaleObjectStateException e) {
        return Problem.response(Response.Status.CONFLICT.getStatusCode(), "concurrent-update", "Concurrent update",
                "the record was changed by another request at the same time; retry", null);
    }

    @ServerExceptionMapper
    public Response missingTenant(MissingTenant e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "missing-tenant", "Missing tenant", e.getMessage(), TenantHeader.NAME);
    }

    /** A body that is not JSON, or whose values cannot be what the field is (e.g. an unknown currency). */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-body", "Malformed body",
                JsonErrors.reason(e), JsonErrors.field(e));
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
}
