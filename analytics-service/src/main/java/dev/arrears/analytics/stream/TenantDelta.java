package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.contribution.Contributions;
import dev.arrears.analytics.domain.contribution.DailyKey;
import dev.arrears.analytics.domain.effectiveness.EffectivenessKey;
import dev.arrears.analytics.domain.figures.Figures;

import java.util.List;

/**
 * What one event changed in a tenant's figures, sent from the customer's partition to the tenant's: only
 * differences travel, so the tenant's side adds them up in any order and never sees a customer's facts.
 */
record TenantDelta(String tenantId, List<Daily> daily, List<Effectiveness> effectiveness) {

    static TenantDelta of(String tenantId, Contributions change) {
        return new TenantDelta(tenantId,
                change.daily().entrySet().stream().map(e -> new Daily(e.getKey(), e.getValue())).toList(),
                change.effectiveness().entrySet().stream().map(e -> new Effectiveness(e.getKey(), e.getValue())).toList());
    }

    record Daily(DailyKey key, Figures figures) {
    }

    record Effectiveness(EffectivenessKey key, Figures figures) {
    }
}
