package dev.arrears.analytics.rest;

import dev.arrears.analytics.query.StoresNotReady;
import dev.arrears.contracts.http.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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
    public Response noFigures(NoFigures e) {
        return Problem.response(Response.Status.NOT_FOUND.getStatusCode(), "not-found", "Not found", e.getMessage(), null);
    }

    /** While state is restored after a start or a rebalance; the stores come back within seconds. */
    @ServerExceptionMapper
    public Response notReady(StoresNotReady e) {
        Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), "not-ready",
                "Figures not ready", e.getMessage(), null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "2").build();
    }

    /** Errors the framework raises itself keep their status but get a problem body like every other error. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Problem.response(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null);
    }
}
