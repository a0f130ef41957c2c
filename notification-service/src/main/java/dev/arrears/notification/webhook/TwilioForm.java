package dev.arrears.notification.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A callback's form body as the single-valued map Twilio's validator signs. Parsed from the raw body rather than
 * through JAX-RS form parameters so that exactly what was posted is verified and mapped.
 */
final class TwilioForm {

    private TwilioForm() {
    }

    static Map<String, String> parse(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // Status and inbound callbacks repeat no parameter; the first wins if one ever did.
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
