package dev.arrears.dunning.service;

import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.repository.PolicyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Moves items in dunning to a policy's latest version on explicit request only: without it an item keeps
 * the version it started under. The level reached is kept: the new version's steps up to it count as
 * done, so migrating never re-sends a reminder.
 */
@ApplicationScoped
public class PolicyMigration {

    private final PolicyStore policies;

    PolicyMigration(PolicyStore policies) {
        this.policies = policies;
    }

    /** Answers how many items moved. */
    public Uni<Integer> migrate(String tenantId, DunningPolicy target, List<String> customerIds, Instant now) {
        return policies.migrate(tenantId, target.id(), target.version(), target.steps().size(), String.join(",", customerIds), now);
    }
}
