package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.contribution.Contributions;
import dev.arrears.analytics.domain.contribution.DailyKey;
import dev.arrears.analytics.domain.effectiveness.EffectivenessKey;
import dev.arrears.analytics.domain.engagement.EngagementKey;
import dev.arrears.analytics.domain.figures.Figures;

import java.util.List;

/**
 * What one event changed in a tenant's figures, sent from the customer's partition to the tenant's: only
 * differences travel, so the tenant's side adds them up in any order and never sees a customer's facts.
 */
record TenantDelta(String tenantId, List<Daily> daily, List<Effectiveness> effectiveness, List<Engagement> engagement) {

    TenantDelta {
        daily = daily == null ? List.of() : daily;
        effectiveness = effectiveness == null ? List.of() : effectiveness;
        engagement = engagement == null ? List.of() : engagement;
    }

    static TenantDelta of(String tenantId, Contributions change) {
        return new TenantDelta(tenantId,
                change.daily().entrySet().stream().map(e -> new Daily(e.getKey(), e.getValue())).toList(),
                change.effectiveness().entrySet().stream().map(e -> new Effectiveness(e.getKey(), e.getValue())).toList(),
                change.engagement().entrySet().stream().map(e -> new Engagement(e.getKey(), e.getValue())).toList());
    }

    record Daily(DailyKey key, Figures figures) {
    }

    record Effectiveness(EffectivenessKey key, Figures figures) {
    }

    record Engagement(EngagementKey key, Figures figures) {
    }
}
