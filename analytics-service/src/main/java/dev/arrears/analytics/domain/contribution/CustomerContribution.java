package dev.arrears.analytics.domain.contribution;

import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.engagement.EngagementContribution;
import dev.arrears.analytics.domain.engagement.MessageFacts;
import dev.arrears.analytics.domain.ledger.CustomerFacts;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.ledger.Profile;
import dev.arrears.analytics.domain.ledger.Promise;
import dev.arrears.analytics.domain.risk.RiskClass;
import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.analytics.domain.timeline.ItemTimeline;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a customer's invoices and promises contribute to the tenant's figures: each one's dated figures,
 * counted in the customer's segment and in {@link SegmentBy#ALL}, with instants dated in the customer's
 * time zone and overdue amounts filed under the customer's risk class.
 */
public final class CustomerContribution {

    private CustomerContribution() {
    }

    /**
     * @param items the invoices to count
     * @param promises the promises to count
     * @param invoice any of the customer's invoices by id (a promise is judged on the invoices it covers)
     */
    public static Contributions of(AnalyticsSettings settings, CustomerFacts customer, Collection<ItemFacts> items,
            Collection<Promise> promises, Function<String, Optional<ItemFacts>> invoice) {
        Profile profile = customer.profile();
        ZoneId zone = zoneOf(profile, settings.zone());
        RiskClass riskClass = RiskClass.of(profile.riskClass());
        List<String> segments = List.of(settings.segmentBy().of(profile), SegmentBy.ALL);
        Contributions contributions = new Contributions();
        for (ItemFacts item : items) {
            ItemContribution figures = ItemContribution.of(item, riskClass, zone, settings.effectivenessWindows());
            figures.daily().forEach((day, daily) -> segments.forEach(segment ->
                    contributions.addDaily(new DailyKey(segment, figures.currency(), day), daily)));
            figures.effectiveness().forEach(contributions::addEffectiveness);
        }
        for (Promise promise : promises) {
            List<ItemTimeline> covered = promise.invoiceIds().stream()
                    .map(invoice).flatMap(Optional::stream)
                    .map(facts -> ItemTimeline.of(facts, zone)).flatMap(Optional::stream)
                    .toList();
            PromiseContribution.of(promise, covered, zone, settings.promiseGraceDays()).forEach((day, daily) ->
                    segments.forEach(segment -> contributions.addDaily(new DailyKey(segment, promise.currency(), day), daily)));
        }
        return contributions;
    }

    /** What the customer's messages add to the tenant's engagement figures, dated in the customer's time zone. */
    public static Contributions ofMessages(AnalyticsSettings settings, CustomerFacts customer, Collection<MessageFacts> messages) {
        ZoneId zone = zoneOf(customer.profile(), settings.zone());
        Contributions contributions = new Contributions();
        for (MessageFacts message : messages) {
            EngagementContribution.of(message, zone).forEach(contributions::addEngagement);
        }
        return contributions;
    }

    /** The customer's time zone; the reporting zone while it is unknown or not a zone Java knows. */
    public static ZoneId zoneOf(Profile profile, ZoneId fallback) {
        if (profile.timeZone() == null) {
            return fallback;
        }
        try {
            return ZoneId.of(profile.timeZone());
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
