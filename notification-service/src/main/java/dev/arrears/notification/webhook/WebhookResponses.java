package dev.arrears.notification.webhook;

import dev.arrears.contracts.http.Problem;
import jakarta.ws.rs.core.Response;

/** The answers a webhook gives when it does not take a callback, as {@code application/problem+json}. */
final class WebhookResponses {

    private WebhookResponses() {
    }

    static Response unauthorized(Verdict verdict, String header) {
        return Problem.response(Response.Status.UNAUTHORIZED.getStatusCode(), "invalid-signature", "Invalid signature",
                verdict.reason(), header);
    }

    static Response malformed(String detail) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-body", "Malformed body", detail, null);
    }

    /** The provider retries a callback we could not record; 503 says so. */
    static Response unavailable() {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), "delivery-tracking-unavailable",
                "Delivery tracking unavailable", "the update could not be recorded; retry later", null);
    }
}
