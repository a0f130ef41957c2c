package dev.arrears.notification.webhook;

import dev.arrears.notification.provider.sendgrid.SendGridConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks SendGrid's Signed Event Webhook: an ECDSA (P-256, SHA-256, DER-encoded, base64) signature over the timestamp
 * header followed by the raw body. The SDK's {@code EventWebhook} helper does the same but only through the
 * BouncyCastle provider, which the SDK does not ship; the JDK's own EC provider verifies the identical algorithm.
 * Started eagerly so a malformed key stops the service at boot rather than refusing every event later.
 */
@Startup
@ApplicationScoped
class SendGridSignature {

    static final String SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";
    static final String TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";

    /** {@code null} when no key is configured: everything is refused. */
    private final PublicKey key;
    private final Duration maxAge;
    private final Duration maxSkew;
    private final Clock clock;

    /**
     * SendGrid signs with the real time, so the signature's age is judged by the wall clock, not by the platform's
     * clock, which a demo or a test may have shifted.
     */
    @Inject
    SendGridSignature(SendGridConfig config) {
        this(config.webhook(), Clock.systemUTC());
    }

    SendGridSignature(SendGridConfig.Webhook config, Clock clock) {
        this.key = config.publicKey().map(SendGridSignature::parse).orElse(null);
        this.maxAge = config.maxAge();
        this.maxSkew = config.maxSkew();
        this.clock = clock;
    }

    Verdict verify(String signature, String timestamp, byte[] body) {
        if (key == null) {
            return Verdict.refused("no verification key configured (arrears.sendgrid.webhook.public-key)");
        }
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            return Verdict.refused("missing " + SIGNATURE + " or " + TIMESTAMP);
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException e) {
            return Verdict.refused("timestamp is not epoch seconds");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(maxAge)) || signedAt.isAfter(now.plus(maxSkew))) {
            return Verdict.refused("timestamp outside the accepted window");
        }
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(key);
            ecdsa.update(timestamp.getBytes(StandardCharsets.UTF_8));
            ecdsa.update(body);
            return ecdsa.verify(Base64.getDecoder().decode(signature.trim())) ? Verdict.VALID : Verdict.refused("signature does not match");
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // Not base64, or not a DER-encoded ECDSA signature: a forgery as far as we are concerned.
            return Verdict.refused("signature does not match");
        }
    }

    private static PublicKey parse(String configured) {
        String base64 = configured.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("arrears.sendgrid.webhook.public-key is not a base64 X.509 EC public key", e);
        }
    }
}
