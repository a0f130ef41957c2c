package dev.arrears.dunning.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.dunning.domain.assignment.AssignmentRule;
import dev.arrears.dunning.domain.policy.DefaultPolicy;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Versioned policies, the tenant's assignment rules and per-customer overrides. A policy is never edited:
 * saving one adds the next version. The built-in default is version 1 of {@code default} for every tenant;
 * a tenant's own {@code default} starts at version 2.
 */
@ApplicationScoped
public class PolicyStore {

    private static final TypeReference<List<AssignmentRule>> RULES = new TypeReference<>() {
    };

    /** Stores the policy as the next version of its id and answers it with that version. */
    public Uni<DunningPolicy> addVersion(String tenantId, DunningPolicy draft, Instant now) {
        return latest(tenantId, draft.id()).chain(latest -> {
            int version = latest.map(p -> p.version() + 1).orElse(DefaultPolicy.ID.equals(draft.id()) ? 2 : 1);
            DunningPolicy policy = draft.withVersion(version);
            return NativeSql.execute("""
                            insert into dunning_policy (tenant_id, policy_id, version, name, body, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6)""",
                    tenantId, policy.id(), version, policy.name(), write(policy), now).replaceWith(policy);
        });
    }

    public Uni<Optional<DunningPolicy>> latest(String tenantId, String policyId) {
        return NativeSql.rows("""
                        select body, version from dunning_policy where tenant_id = ?1 and policy_id = ?2
                        order by version desc limit 1""", tenantId, policyId)
                .map(rows -> rows.isEmpty() ? builtIn(policyId, 1) : Optional.of(read((String) rows.get(0)[0])));
    }

    public Uni<Optional<DunningPolicy>> version(String tenantId, String policyId, int version) {
        return NativeSql.rows("select body, version from dunning_policy where tenant_id = ?1 and policy_id = ?2 and version = ?3",
                        tenantId, policyId, version)
                .map(rows -> rows.isEmpty() ? builtIn(policyId, version) : Optional.of(read((String) rows.get(0)[0])));
    }

    /** Every version of every policy of the tenant, the built-in default first. */
    public Uni<List<DunningPolicy>> all(String tenantId) {
        return NativeSql.rows("select body, version from dunning_policy where tenant_id = ?1 order by policy_id, version", tenantId)
                .map(rows -> java.util.stream.Stream.concat(java.util.stream.Stream.of(DefaultPolicy.v1()),
                        rows.stream().map(r -> read((String) r[0]))).toList());
    }

    public Uni<List<AssignmentRule>> rules(String tenantId) {
        return NativeSql.rows("select rules, updated_at from policy_assignment where tenant_id = ?1", tenantId)
                .map(rows -> rows.isEmpty() ? List.<AssignmentRule>of() : readRules((String) rows.get(0)[0]));
    }

    public Uni<Void> replaceRules(String tenantId, List<AssignmentRule> rules, Instant now) {
        return NativeSql.execute("""
                insert into policy_assignment (tenant_id, rules, updated_at) values (?1, ?2, ?3)
                on conflict (tenant_id) do update set rules = excluded.rules, updated_at = excluded.updated_at""",
                tenantId, write(rules), now).replaceWithVoid();
    }

    public Uni<Optional<String>> override(String tenantId, String customerId) {
        return NativeSql.rows("select policy_id, updated_at from policy_override where tenant_id = ?1 and customer_id = ?2",
                tenantId, customerId).map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0)[0]));
    }

    /** Sets (or with {@code null} removes) the policy a customer's new items are dunned under. */
    public Uni<Void> setOverride(String tenantId, String customerId, String policyId, Instant now) {
        if (policyId == null) {
            return NativeSql.execute("delete from policy_override where tenant_id = ?1 and customer_id = ?2", tenantId, customerId)
                    .replaceWithVoid();
        }
        return NativeSql.execute("""
                insert into policy_override (tenant_id, customer_id, policy_id, updated_at) values (?1, ?2, ?3, ?4)
                on conflict (tenant_id, customer_id) do update set policy_id = excluded.policy_id, updated_at = excluded.updated_at""",
                tenantId, customerId, policyId, now).replaceWithVoid();
    }

    /**
     * Moves the items under older versions of the policy (of the listed customers, or all when {@code customerIds} is
     * empty) to {@code version}, records the new version's steps below each item's level as migrated, leaves the
     * evidence and makes the items due for evaluation. Answers how many items moved.
     */
    public Uni<Integer> migrate(String tenantId, String policyId, int version, int stepCount, String customerIds, Instant now) {
        return NativeSql.execute("""
                with old as (
                    select d.tenant_id, d.invoice_id, d.installment_number, d.policy_id, d.policy_version,
                           coalesce((select max(e.step_index) + 1 from executed_step e
                                     where e.tenant_id = d.tenant_id and e.invoice_id = d.invoice_id
                                       and e.installment_number = d.installment_number and e.policy_id = d.policy_id
                                       and e.policy_version = d.policy_version), 0) as level
                    from item_dunning d
                    where d.tenant_id = ?1 and d.policy_id = ?2 and d.policy_version < ?3
                      and (?5 = '' or d.invoice_id in (select invoice_id from dunning_item
                                                       where tenant_id = ?1 and customer_id = any (string_to_array(?5, ','))))
                ), carried as (
                    insert into executed_step (tenant_id, invoice_id, installment_number, policy_id, policy_version, step_index,
                                               step_id, outcome, recorded_at)
                    select o.tenant_id, o.invoice_id, o.installment_number, o.policy_id, ?3, s,
                           md5(o.tenant_id || '|' || o.invoice_id || '|' || o.installment_number || '|' || o.policy_id || '|' || cast(cast(?3 as integer) as text) || '|' || s),
                           'MIGRATED', ?6
                    from old o cross join generate_series(0, least(o.level, ?4) - 1) s
                    on conflict do nothing
                ), noted as (
                    insert into audit_entry (tenant_id, customer_id, invoice_id, invoice_number, installment_number, recorded_at,
                                             policy_id, policy_version, kind, reason)
                    select o.tenant_id, i.customer_id, o.invoice_id, i.invoice_number, o.installment_number, ?6, o.policy_id, ?3,
                           'POLICY_ASSIGNED', 'migrated from version ' || o.policy_version || ' keeping level ' || o.level
                    from old o join dunning_item i on i.tenant_id = o.tenant_id and i.invoice_id = o.invoice_id
                      and i.installment_number = o.installment_number
                ), due as (
                    update dunning_schedule s set due_at = ?6 from old o
                    where s.tenant_id = o.tenant_id and s.invoice_id = o.invoice_id and s.installment_number = o.installment_number
                )
                update item_dunning d set policy_version = ?3 from old o
                where d.tenant_id = o.tenant_id and d.invoice_id = o.invoice_id and d.installment_number = o.installment_number""",
                tenantId, policyId, version, stepCount, customerIds, now);
    }

    private static Optional<DunningPolicy> builtIn(String policyId, int version) {
        return DefaultPolicy.ID.equals(policyId) && version == 1 ? Optional.of(DefaultPolicy.v1()) : Optional.empty();
    }

    private static String write(Object value) {
        try {
            return ArrearsJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated policy must serialise", e);
        }
    }

    private static DunningPolicy read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, DunningPolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static List<AssignmentRule> readRules(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, RULES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assignment rules are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
