package dev.arrears.notification.provider.twilio;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** What Twilio's API would see of a request, and what it answers. */
public final class TwilioWire {

    public static final String ACCOUNT_SID = TestTwilioConfig.ACCOUNT_SID;
    public static final String MESSAGES = "/2010-04-01/Accounts/" + TestTwilioConfig.ACCOUNT_SID + "/Messages.json";
    static final String CALLS = "/2010-04-01/Accounts/" + TestTwilioConfig.ACCOUNT_SID + "/Calls.json";
    static final String BASIC_AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((TestTwilioConfig.ACCOUNT_SID + ":" + TestTwilioConfig.AUTH_TOKEN).getBytes(StandardCharsets.US_ASCII));

    private TwilioWire() {
    }

    /** The form body as name → value; every name appears once in Messages and Calls requests. */
    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            String previous = params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            if (previous != null) {
                throw new AssertionError("parameter sent twice: " + pair);
            }
        }
        return params;
    }

    static String messageCreated(String sid, String to, String body) {
        return """
                {"account_sid": "%1$s", "api_version": "2010-04-01", "body": "%4$s",
                 "date_created": "Mon, 02 Nov 2026 09:00:00 +0000", "date_sent": null, "date_updated": "Mon, 02 Nov 2026 09:00:00 +0000",
                 "direction": "outbound-api", "error_code": null, "error_message": null, "from": "+4930123456789",
                 "messaging_service_sid": null, "num_media": "0", "num_segments": "1", "price": null, "price_unit": null,
                 "sid": "%2$s", "status": "queued", "subresource_uris": {"media": "/2010-04-01/Accounts/%1$s/Messages/%2$s/Media.json"},
                 "to": "%3$s", "uri": "/2010-04-01/Accounts/%1$s/Messages/%2$s.json"}
                """.formatted(TestTwilioConfig.ACCOUNT_SID, sid, to, body);
    }

    static String callCreated(String sid, String to) {
        return """
                {"account_sid": "%1$s", "annotation": null, "answered_by": null, "api_version": "2010-04-01", "caller_name": null,
                 "date_created": null, "date_updated": null, "direction": "outbound-api", "duration": null, "end_time": null,
                 "forwarded_from": null, "from": "+4930123456789", "from_formatted": "+49 30 123456789", "group_sid": null,
                 "parent_call_sid": null, "phone_number_sid": "PN0123456789abcdef0123456789abcdef", "price": null, "price_unit": "USD",
                 "sid": "%2$s", "start_time": null, "status": "queued",
                 "subresource_uris": {"notifications": "/2010-04-01/Accounts/%1$s/Calls/%2$s/Notifications.json"},
                 "to": "%3$s", "to_formatted": "%3$s", "trunk_sid": null, "uri": "/2010-04-01/Accounts/%1$s/Calls/%2$s.json", "queue_time": "0"}
                """.formatted(TestTwilioConfig.ACCOUNT_SID, sid, to);
    }

    static String error(int status, int code, String message) {
        return """
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}
                """.formatted(code, message, code, status);
    }
}
