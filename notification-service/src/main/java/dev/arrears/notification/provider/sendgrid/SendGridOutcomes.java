package dev.arrears.notification.provider.sendgrid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sendgrid.Response;
import dev.arrears.notification.message.SendOutcome;
import dev.arrears.notification.provider.RetryAfter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns SendGrid's answer to a Mail Send into a {@link SendOutcome}. */
final class SendGridOutcomes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SendGridOutcomes() {
    }

    static SendOutcome of(Response response, Instant now) {
        int status = response.getStatusCode();
        Map<String, String> headers = response.getHeaders();
        if (status >= 200 && status < 300) {
            return SendOutcome.accepted(header(headers, "X-Message-Id"));
        }
        String detail = status + ": " + errors(response.getBody());
        if (status == 429) {
            return new SendOutcome(SendOutcome.Status.RETRYABLE, null, detail, retryAfter(headers, now));
        }
        // 408 is SendGrid's edge timing out on us: a timeout, not a verdict on the message.
        if (status >= 500 || status == 408) {
            return new SendOutcome(SendOutcome.Status.RETRYABLE, null, detail, null);
        }
        return new SendOutcome(SendOutcome.Status.PERMANENT, null, detail, null);
    }

    static SendOutcome unreachable(IOException e) {
        return new SendOutcome(SendOutcome.Status.RETRYABLE, null, "SendGrid unreachable: " + e, null);
    }

    /** SendGrid answers 429 with X-RateLimit-Reset; Retry-After wins where a proxy or a later API version sends it. */
    private static Duration retryAfter(Map<String, String> headers, Instant now) {
        Duration wait = RetryAfter.parse(header(headers, "Retry-After"), now);
        return wait != null ? wait : RetryAfter.untilEpochSecond(header(headers, "X-RateLimit-Reset"), now);
    }

    /** {@code {"errors":[{"message":..., "field":...}]}} as one line, or the raw body when it is not that. */
    private static String errors(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            List<String> messages = new ArrayList<>();
            for (JsonNode error : errors) {
                String field = error.path("field").isTextual() ? " (" + error.path("field").asText() + ")" : "";
                messages.add(error.path("message").asText() + field);
            }
            return messages.isEmpty() ? body : String.join("; ", messages);
        } catch (IOException e) {
            return body;
        }
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }
}
