package dev.arrears.analytics.domain.engagement;

import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.figures.Figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one message adds to the tenant's engagement figures: a one for each thing that happened to it, on the
 * day it was sent, by step, channel and template. Counting a later open on the send day keeps every rate a
 * share of the same messages (opened ≤ delivered ≤ sent), whenever the open arrives.
 */
public final class EngagementContribution {

    private EngagementContribution() {
    }

    public static Map<EngagementKey, Figures> of(MessageFacts message, ZoneId zone) {
        Map<EngagementKey, Figures> contribution = new TreeMap<>();
        Instant cohort = message.cohort();
        if (cohort == null) {
            return contribution;
        }
        Figures figures = new Figures.Builder()
                .add(EngagementMetrics.SENT, one(message.sentAt()))
                // An open or a click shows the message arrived even when the provider reported no delivery.
                .add(EngagementMetrics.DELIVERED, one(first(message.deliveredAt(), message.openedAt(), message.clickedAt())))
                .add(EngagementMetrics.OPENED, one(message.openedAt()))
                .add(EngagementMetrics.CLICKED, one(message.clickedAt()))
                .add(EngagementMetrics.BOUNCED, one(message.bouncedAt()))
                .add(EngagementMetrics.FAILED, one(message.failedAt()))
                .build();
        LocalDate day = LocalDate.ofInstant(cohort, zone);
        put(contribution, Dimension.STEP, message.step(), day, figures);
        put(contribution, Dimension.CHANNEL, message.channel(), day, figures);
        put(contribution, Dimension.TEMPLATE, message.template(), day, figures);
        return contribution;
    }

    private static void put(Map<EngagementKey, Figures> contribution, Dimension dimension, String value, LocalDate day, Figures figures) {
        if (value != null) {
            contribution.put(new EngagementKey(dimension, value, day), figures);
        }
    }

    private static Instant first(Instant... instants) {
        for (Instant at : instants) {
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static BigDecimal one(Instant at) {
        return at == null ? BigDecimal.ZERO : BigDecimal.ONE;
    }
}
