package dev.arrears.notification.webhook;

import com.twilio.security.RequestValidator;
import dev.arrears.notification.provider.twilio.TwilioCallbacks;
import dev.arrears.notification.provider.twilio.TwilioConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}: HMAC-SHA1, keyed with the auth token, over
 * the full URL Twilio called followed by the sorted form parameters. That URL is rebuilt from the configured public
 * base URL, since behind a proxy the one we see differs from the one Twilio signed.
 */
@ApplicationScoped
class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    /** {@code null} without an auth token or a public base URL: everything is refused. */
    private final RequestValidator validator;
    private final URI publicBaseUrl;

    @Inject
    TwilioSignature(TwilioConfig config) {
        this.publicBaseUrl = config.publicBaseUrl().orElse(null);
        this.validator = config.authToken().filter(token -> publicBaseUrl != null).map(RequestValidator::new).orElse(null);
    }

    Verdict verify(String signature, String path, String rawQuery, Map<String, String> params) {
        if (validator == null) {
            return Verdict.refused("no auth token or public base URL configured (arrears.twilio.auth-token, .public-base-url)");
        }
        if (signature == null || signature.isBlank()) {
            return Verdict.refused("missing " + HEADER);
        }
        String url = TwilioCallbacks.signedUrl(publicBaseUrl, path, rawQuery);
        return validator.validate(url, params, signature.trim()) ? Verdict.VALID : Verdict.refused("signature does not match");
    }
}
