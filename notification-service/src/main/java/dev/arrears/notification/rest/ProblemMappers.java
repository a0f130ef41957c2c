package dev.arrears.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.contracts.http.JsonErrors;
import dev.arrears.contracts.http.Problem;
import dev.arrears.notification.dispatch.Redrive;
import dev.arrears.notification.letters.LetterAlreadyMailed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into {@code application/problem+json}. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "invalid-parameter", "Invalid parameter",
                e.getMessage(), e.parameter());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problem.response(Response.Status.NOT_FOUND.getStatusCode(), "not-found", "Not found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response letterAlreadyMailed(LetterAlreadyMailed e) {
        return Problem.response(Response.Status.CONFLICT.getStatusCode(), "letter-mailed", "Letter already mailed", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notFailed(Redrive.NotFailed e) {
        return Problem.response(Response.Status.CONFLICT.getStatusCode(), "not-failed", "Not a failed message", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-body", "Malformed body",
                JsonErrors.reason(e), JsonErrors.field(e));
    }

    /** Errors the framework raises itself keep their status but get a problem body like every other error. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        int status = e.getResponse().getStatus();
        return Problem.response(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null);
    }
}
