package dev.arrears.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** How reminders are dispatched, retried, reconciled and paced ({@code arrears.notification.*}). */
@ConfigMapping(prefix = "arrears.notification")
public interface NotificationConfig {

    Dispatcher dispatcher();

    QuietHours quietHours();

    /** For customers whose master data names no usable time zone. */
    @WithDefault("UTC")
    ZoneId defaultTimeZone();

    /**
     * How long a reminder waits for its customer's master data (CustomerUpserted travels on another topic and may
     * arrive later) before it is dispatched with what is known, i.e. as a letter.
     */
    @WithDefault("1h")
    Duration contactWait();

    Retry retry();

    Reconcile reconcile();

    /** Token buckets per provider ({@link dev.arrears.notification.message.ChannelSender#provider()}); none means unlimited. */
    Map<String, RateLimit> rateLimits();

    /** The polling loop that works the dispatch table. */
    interface Dispatcher {

        /** Off in tests, which drive the dispatcher themselves with a controlled clock. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        Duration interval();

        @WithDefault("50")
        int batchSize();

        /** How long a claimed dispatch is reserved for a replica; longer than any provider call. */
        @WithDefault("5m")
        Duration lease();
    }

    /** The local hours SMS and calls may reach a customer, every day, in the customer's time zone. */
    interface QuietHours {

        @WithDefault("09:00")
        LocalTime start();

        @WithDefault("20:00")
        LocalTime end();
    }

    /** Retries of a provider that answered 429/5xx or could not be reached. */
    interface Retry {

        /** Attempts per message, the first included; after the last the reminder is dead-lettered. */
        @WithDefault("5")
        int maxAttempts();

        /** The wait after the first failure, doubled after each further one, jittered, at least the provider's Retry-After. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("30m")
        Duration maxBackoff();
    }

    /** What happens to a send whose outcome was never recorded (a crash between the provider call and the ledger). */
    interface Reconcile {

        /** A PENDING row older than this is no longer in flight: its outcome is uncertain. */
        @WithDefault("5m")
        Duration pendingTimeout();

        ChannelPolicy email();

        ChannelPolicy sms();

        ChannelPolicy voice();
    }

    /** How long to wait for the provider's webhook to settle an uncertain send, and what to do if none comes. */
    interface ChannelPolicy {

        @WithDefault("1h")
        Duration grace();

        @WithDefault("RESEND")
        OnSilence onSilence();
    }

    /** After the grace period without any word from the provider. */
    enum OnSilence {
        /** Send again (same message id): a rare duplicate is better than a reminder never sent. */
        RESEND,
        /** Record the message as failed and move on to the next channel: a second call is worse than a letter. */
        NEXT_CHANNEL
    }

    /** A token bucket: a sustained rate and how many sends may go at once after a quiet spell. */
    interface RateLimit {

        double perSecond();

        @WithDefault("1")
        int burst();
    }
}
