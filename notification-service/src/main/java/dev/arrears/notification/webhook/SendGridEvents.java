package dev.arrears.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdate.Kind;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the Event Webhook's JSON array to {@link DeliveryUpdate}s. Events that change nothing for us ({@code processed},
 * {@code deferred}: SendGrid still tries) and types we do not know are skipped, so a new SendGrid event type is not an
 * error that makes SendGrid retry the whole batch.
 */
final class SendGridEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SendGridEvents() {
    }

    /** @throws IOException when the body is not a JSON array of events */
    static List<DeliveryUpdate> map(byte[] body, Instant receivedAt) throws IOException {
        JsonNode events = JSON.readTree(body);
        if (events == null || !events.isArray()) {
            throw new IOException("expected a JSON array of events");
        }
        List<DeliveryUpdate> updates = new ArrayList<>();
        for (JsonNode event : events) {
            Kind kind = kind(event);
            if (kind != null) {
                // Our message id comes back as a custom arg: it settles a send whose provider id was never stored.
                updates.add(new DeliveryUpdate(text(event, "messageId"), providerMessageId(event), Channel.EMAIL, kind, text(event, "email"),
                        event.hasNonNull("timestamp") ? Instant.ofEpochSecond(event.get("timestamp").asLong()) : receivedAt,
                        detail(event), text(event, "url")));
            }
        }
        return updates;
    }

    private static Kind kind(JsonNode event) {
        return switch (event.path("event").asText()) {
            case "delivered" -> Kind.DELIVERED;
            case "open" -> Kind.OPENED;
            case "click" -> Kind.CLICKED;
            // "blocked" is a receiving server's refusal (reputation, content), not a dead address: the message failed,
            // the address stays usable.
            case "bounce" -> "blocked".equals(event.path("type").asText()) ? Kind.FAILED : Kind.BOUNCED;
            case "dropped" -> Kind.DROPPED;
            case "spamreport" -> Kind.SPAM_REPORT;
            case "unsubscribe", "group_unsubscribe" -> Kind.OPTED_OUT;
            case "group_resubscribe" -> Kind.OPTED_IN;
            default -> null;
        };
    }

    /** {@code sg_message_id} is the Mail Send's X-Message-Id followed by a per-recipient suffix after the first dot. */
    private static String providerMessageId(JsonNode event) {
        String id = text(event, "sg_message_id");
        if (id == null) {
            return null;
        }
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    private static String detail(JsonNode event) {
        String reason = text(event, "reason");
        String status = text(event, "status");
        if (reason == null) {
            return status;
        }
        return status == null ? reason : status + " " + reason;
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
