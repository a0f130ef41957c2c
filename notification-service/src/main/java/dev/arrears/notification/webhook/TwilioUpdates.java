package dev.arrears.notification.webhook;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdate.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps Twilio's status callbacks and inbound texts to {@link DeliveryUpdate}s. */
final class TwilioUpdates {

    /** Twilio's default opt-out and opt-in keywords; it enforces them itself, we honour them on every later send. */
    private static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE");
    private static final Set<String> OPT_IN = Set.of("START", "YES", "UNSTOP");

    /** Twilio's error for a text to a number that texted STOP. */
    private static final String UNSUBSCRIBED_RECIPIENT = "21610";

    private TwilioUpdates() {
    }

    /** A Messages or Calls status callback; interim states (queued, sent, ringing, in-progress) change nothing. */
    static List<DeliveryUpdate> status(Map<String, String> params, Instant at) {
        List<DeliveryUpdate> updates = new ArrayList<>();
        String to = params.get("To");
        if (params.containsKey("CallSid") && params.containsKey("CallStatus")) {
            String status = params.get("CallStatus");
            Kind kind = switch (status) {
                case "completed" -> Kind.DELIVERED;
                case "busy", "no-answer", "failed", "canceled" -> Kind.FAILED;
                default -> null;
            };
            if (kind != null) {
                updates.add(new DeliveryUpdate(params.get("CallSid"), Channel.VOICE, kind, to, at, kind == Kind.FAILED ? status : null, null));
            }
            return updates;
        }
        String sid = params.getOrDefault("MessageSid", params.get("SmsSid"));
        String status = params.getOrDefault("MessageStatus", params.get("SmsStatus"));
        if (sid == null || status == null) {
            return updates;
        }
        String errorCode = params.get("ErrorCode");
        switch (status) {
            case "delivered" -> updates.add(new DeliveryUpdate(sid, Channel.SMS, Kind.DELIVERED, to, at, null, null));
            case "read" -> updates.add(new DeliveryUpdate(sid, Channel.SMS, Kind.OPENED, to, at, null, null));
            case "undelivered", "failed" -> {
                updates.add(new DeliveryUpdate(sid, Channel.SMS, Kind.FAILED, to, at, errorCode == null ? status : status + " " + errorCode, null));
                if (UNSUBSCRIBED_RECIPIENT.equals(errorCode)) {
                    updates.add(new DeliveryUpdate(sid, Channel.SMS, Kind.OPTED_OUT, to, at, "error " + errorCode, null));
                }
            }
            default -> {
            }
        }
        return updates;
    }

    /**
     * An inbound text: an opt-out or opt-in keyword (or Twilio's Advanced Opt-Out verdict in {@code OptOutType})
     * concerns the sender's number; anything else is not ours to act on.
     */
    static List<DeliveryUpdate> inbound(Map<String, String> params, Instant at) {
        String optOutType = params.get("OptOutType");
        String keyword = optOutType != null ? optOutType : params.getOrDefault("Body", "");
        keyword = keyword.trim().toUpperCase(Locale.ROOT);
        Kind kind = OPT_OUT.contains(keyword) ? Kind.OPTED_OUT : OPT_IN.contains(keyword) ? Kind.OPTED_IN : null;
        if (kind == null) {
            return List.of();
        }
        return List.of(new DeliveryUpdate(params.get("MessageSid"), Channel.SMS, kind, params.get("From"), at, keyword, null));
    }
}
