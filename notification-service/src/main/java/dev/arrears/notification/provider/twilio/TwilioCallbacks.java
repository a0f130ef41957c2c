package dev.arrears.notification.provider.twilio;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The public URLs Twilio calls back on. The webhooks check signatures against the same URLs, so both sides build them
 * here.
 */
public final class TwilioCallbacks {

    public static final String STATUS_PATH = "/webhooks/twilio/status";
    public static final String INBOUND_PATH = "/webhooks/twilio/inbound";
    public static final String GATHER_PATH = "/webhooks/twilio/voice/gather";

    public static final String MESSAGE_ID = "messageId";
    public static final String TENANT_ID = "tenantId";

    private TwilioCallbacks() {
    }

    /** Where the status of a text or call is reported; {@code messageId} ties it to our message even before the SID is stored. */
    static Optional<URI> status(TwilioConfig config, String messageId) {
        return config.publicBaseUrl().map(base -> URI.create(url(base, STATUS_PATH) + "?" + MESSAGE_ID + "=" + encode(messageId)));
    }

    /** Where a called customer's key press goes. */
    static Optional<URI> gather(TwilioConfig config, String tenantId, String messageId) {
        return config.publicBaseUrl().map(base -> URI.create(url(base, GATHER_PATH) + "?" + TENANT_ID + "=" + encode(tenantId) + "&"
                + MESSAGE_ID + "=" + encode(messageId)));
    }

    /** The URL Twilio signed for a request to {@code path} with this raw query string (or {@code null}). */
    public static String signedUrl(URI publicBaseUrl, String path, String rawQuery) {
        String url = url(publicBaseUrl, path);
        return rawQuery == null || rawQuery.isEmpty() ? url : url + "?" + rawQuery;
    }

    private static String url(URI base, String path) {
        String prefix = base.toString();
        return (prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix) + path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
