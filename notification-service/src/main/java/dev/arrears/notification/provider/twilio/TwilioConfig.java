package dev.arrears.notification.provider.twilio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How texts and calls reach Twilio, and where Twilio calls us back. */
@ConfigMapping(prefix = "arrears.twilio")
public interface TwilioConfig {

    /** The account SID ({@code AC...}), from the environment; without it and the token, texts and calls go to the local mailbox. */
    Optional<String> accountSid();

    /** The account's auth token, from the environment only; it also keys the signatures of Twilio's callbacks. */
    Optional<String> authToken();

    /**
     * Where Twilio's API host is reached instead of its public address (scheme, host, port; tests: a local server).
     * The SDK still builds every request, Host header included, exactly as for Twilio; only the connection goes here.
     */
    Optional<URI> baseUrl();

    /** The Twilio number (E.164) texts and calls come from. */
    Optional<String> fromNumber();

    /** A Messaging Service that picks the sender for texts; when set it is used instead of {@code from-number}. */
    Optional<String> messagingServiceSid();

    /**
     * This service's address as Twilio reaches it, e.g. {@code https://notify.example.com} behind a proxy. Status
     * callbacks and the voice menu point there, and callback signatures are checked against it (Twilio signs the URL
     * it called, not the one we see). Without it, nothing is tracked after sending and calls offer no collector.
     */
    Optional<URI> publicBaseUrl();

    /** How long to wait for Twilio's answer; a timeout is retried like a 5xx. Twilio's SDK fixes the connect timeout (30.5 s). */
    @WithDefault("30s")
    Duration readTimeout();

    /** Calls. */
    Voice voice();

    /** What a reminder call says and whom it connects to. */
    interface Voice {

        /** The voice language for a script whose language Twilio cannot read, e.g. {@code de-DE}. */
        @WithDefault("de-DE")
        String defaultLanguage();

        /** Per tenant id, the number a called customer who presses 1 is connected to; a tenant without one gets no menu. */
        Map<String, String> collectionsNumbers();
    }
}
