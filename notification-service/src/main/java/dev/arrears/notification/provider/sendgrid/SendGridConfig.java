package dev.arrears.notification.provider.sendgrid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How email reaches SendGrid and how SendGrid's event webhook is verified. */
@ConfigMapping(prefix = "arrears.sendgrid")
public interface SendGridConfig {

    /** An API key with the Mail Send permission, from the environment only; without one, emails go to the local mailbox. */
    Optional<String> apiKey();

    /** Where the v3 API is reached (scheme, host, port); tests point it at a local server speaking SendGrid's API. */
    @WithDefault("https://api.sendgrid.com")
    URI baseUrl();

    /** The sender address; SendGrid refuses (403) one that is not a verified sender identity. */
    @WithDefault("noreply@example.com")
    String fromEmail();

    /** The sender's display name. */
    Optional<String> fromName();

    /** Where the customer's replies go, e.g. the collections team's mailbox. */
    Optional<String> replyTo();

    /** How long to wait for a connection to SendGrid. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long to wait for SendGrid's answer; a timeout is retried like a 5xx. */
    @WithDefault("30s")
    Duration readTimeout();

    /** The Signed Event Webhook. */
    Webhook webhook();

    /** Verification of the Event Webhook's ECDSA signature. */
    interface Webhook {

        /**
         * The verification key SendGrid shows under Mail Settings → Signed Event Webhook (base64 X.509 EC key, PEM
         * armour optional). Without one, every event post is refused: an unverified post could fake bounces and
         * opt-outs.
         */
        Optional<String> publicKey();

        /**
         * How old a signed timestamp may be. SendGrid retries a failed post for up to 24 hours and does not document
         * re-signing retries, so a shorter window could turn an outage of ours into lost events; a replay within it
         * repeats facts that are recorded idempotently.
         */
        @WithDefault("24h")
        Duration maxAge();

        /** How far in the future a timestamp may be (clock skew). */
        @WithDefault("5m")
        Duration maxSkew();
    }
}
