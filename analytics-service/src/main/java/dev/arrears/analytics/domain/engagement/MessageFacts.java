package dev.arrears.analytics.domain.engagement;

import java.time.Instant;

/**
 * What is known about one message the notification service sent for a reminder or escalation: how it was
 * sent and when each thing first happened to it. Every notification event about the message fills in its
 * part, so the order they arrive in does not matter and a repeated open changes nothing.
 *
 * @param step {@code policyId/stepName}, or {@code null} when unknown
 * @param template the template id (the first part of the template rendered), or {@code null}
 */
public record MessageFacts(String messageId, String channel, String step, String template, Instant sentAt, Instant deliveredAt,
        Instant openedAt, Instant clickedAt, Instant bouncedAt, Instant failedAt) {

    public static MessageFacts unknown(String messageId) {
        return new MessageFacts(messageId, null, null, null, null, null, null, null, null, null);
    }

    /** The message as described by one of its events, keeping what is already known. */
    MessageFacts describedAs(String newChannel, String newStep, String newTemplate) {
        return new MessageFacts(messageId, channel != null ? channel : newChannel, step != null ? step : newStep,
                template != null ? template : newTemplate, sentAt, deliveredAt, openedAt, clickedAt, bouncedAt, failedAt);
    }

    MessageFacts sent(Instant at) {
        return new MessageFacts(messageId, channel, step, template, earliest(sentAt, at), deliveredAt, openedAt, clickedAt,
                bouncedAt, failedAt);
    }

    MessageFacts delivered(Instant at) {
        return new MessageFacts(messageId, channel, step, template, sentAt, earliest(deliveredAt, at), openedAt, clickedAt,
                bouncedAt, failedAt);
    }

    MessageFacts opened(Instant at) {
        return new MessageFacts(messageId, channel, step, template, sentAt, deliveredAt, earliest(openedAt, at), clickedAt,
                bouncedAt, failedAt);
    }

    MessageFacts clicked(Instant at) {
        return new MessageFacts(messageId, channel, step, template, sentAt, deliveredAt, openedAt, earliest(clickedAt, at),
                bouncedAt, failedAt);
    }

    MessageFacts bounced(Instant at) {
        return new MessageFacts(messageId, channel, step, template, sentAt, deliveredAt, openedAt, clickedAt,
                earliest(bouncedAt, at), failedAt);
    }

    MessageFacts failed(Instant at) {
        return new MessageFacts(messageId, channel, step, template, sentAt, deliveredAt, openedAt, clickedAt, bouncedAt,
                earliest(failedAt, at));
    }

    /** The instant the message counts for: when it was sent, or the first thing known of it. */
    Instant cohort() {
        return sentAt != null ? sentAt : earliestOfAll();
    }

    private Instant earliestOfAll() {
        Instant first = null;
        for (Instant at : new Instant[] {deliveredAt, openedAt, clickedAt, bouncedAt, failedAt}) {
            first = earliest(first, at);
        }
        return first;
    }

    private static Instant earliest(Instant known, Instant at) {
        return known == null || (at != null && at.isBefore(known)) ? at : known;
    }
}
