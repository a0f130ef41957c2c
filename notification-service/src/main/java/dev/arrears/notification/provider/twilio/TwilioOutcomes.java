package dev.arrears.notification.provider.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import dev.arrears.notification.message.SendOutcome;

/** Turns what Twilio's SDK threw into a {@link SendOutcome}; success is the created resource's SID. */
final class TwilioOutcomes {

    private TwilioOutcomes() {
    }

    static SendOutcome of(TwilioException e) {
        if (e instanceof ApiException api && api.getStatusCode() != null) {
            int status = api.getStatusCode();
            String detail = status + " " + (api.getCode() != null ? api.getCode() + ": " : "") + api.getMessage();
            boolean retry = status == 429 || status >= 500;
            return new SendOutcome(retry ? SendOutcome.Status.RETRYABLE : SendOutcome.Status.PERMANENT, null, detail, null);
        }
        // No status: the answer was not Twilio's JSON (a proxy's error page), or the connection failed or timed out.
        String why = e.getCause() instanceof JsonProcessingException ? "unreadable answer from Twilio: " : "Twilio unreachable: ";
        return new SendOutcome(SendOutcome.Status.RETRYABLE, null, why + e.getMessage(), null);
    }
}
