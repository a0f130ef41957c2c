package dev.arrears.dunning.rest;

import dev.arrears.dunning.domain.assignment.AssignmentRule;
import dev.arrears.dunning.domain.fee.LateFeeRule;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.policy.PolicyStep;
import dev.arrears.dunning.repository.PolicyStore;
import dev.arrears.dunning.service.PolicyMigration;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Dunning policies as data: versioned (saving adds a version, nothing is edited), validated, assigned to
 * customers by segment rules or a per-customer override.
 */
@Path("/api/v1/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyStore policies;
    private final PolicyMigration migration;
    private final Clock clock;

    PolicyResource(PolicyStore policies, PolicyMigration migration, Clock clock) {
        this.policies = policies;
        this.migration = migration;
        this.clock = clock;
    }

    /** A policy version to be: the id comes from the path, the version is assigned. */
    public record PolicyDraft(String name, List<PolicyStep> steps, Integer repeatLastEveryDays, LateFeeRule lateFee) {

        DunningPolicy toPolicy(String policyId) {
            return new DunningPolicy(policyId, 1, name, steps, repeatLastEveryDays, lateFee);
        }
    }

    /** The tenant's ordered assignment rules; the first that matches a customer wins. */
    public record Assignment(List<AssignmentRule> rules) {
    }

    /** A customer's policy override. */
    public record Override(String policyId) {
    }

    /** Which customers' items to move to the policy's latest version, or all when empty. */
    public record MigrationRequest(List<String> customerIds) {
    }

    /** How many items moved to which version. */
    public record MigrationResult(String policyId, int toVersion, int itemsMigrated) {
    }

    @GET
    @Path("/policies")
    @WithSession
    @Operation(summary = "Every version of every policy, the built-in default first")
    public Uni<List<DunningPolicy>> all(@PathParam("tenantId") String tenantId) {
        return policies.all(tenantId);
    }

    @GET
    @Path("/policies/{policyId}")
    @WithSession
    @Operation(summary = "The latest version of a policy")
    public Uni<DunningPolicy> latest(@PathParam("tenantId") String tenantId, @PathParam("policyId") String policyId) {
        return policies.latest(tenantId, policyId).map(p -> p.orElseThrow(() -> new NotFound("no policy " + policyId)));
    }

    @GET
    @Path("/policies/{policyId}/versions/{version}")
    @WithSession
    @Operation(summary = "One version of a policy")
    public Uni<DunningPolicy> version(@PathParam("tenantId") String tenantId, @PathParam("policyId") String policyId,
                                      @PathParam("version") int version) {
        return policies.version(tenantId, policyId, version)
                .map(p -> p.orElseThrow(() -> new NotFound("no version " + version + " of policy " + policyId)));
    }

    @POST
    @Path("/policies/{policyId}/versions")
    @WithTransaction
    @Operation(summary = "Adds the next version of a policy (creates the policy with version 1)")
    public Uni<Response> addVersion(@PathParam("tenantId") String tenantId, @PathParam("policyId") String policyId, PolicyDraft draft) {
        if (draft == null) {
            throw new InvalidRequest(List.of("a policy body is required"));
        }
        DunningPolicy policy = draft.toPolicy(policyId);
        List<String> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return policies.addVersion(tenantId, policy, clock.instant()).map(saved -> Response.created(URI.create(
                "/api/v1/tenants/" + tenantId + "/policies/" + policyId + "/versions/" + saved.version())).entity(saved).build());
    }

    @POST
    @Path("/policies/{policyId}/migrations")
    @WithTransaction
    @Operation(summary = "Moves items dunned under older versions of the policy to its latest version, keeping their level")
    public Uni<MigrationResult> migrate(@PathParam("tenantId") String tenantId, @PathParam("policyId") String policyId,
                                        MigrationRequest request) {
        List<String> customers = request == null || request.customerIds() == null ? List.of() : request.customerIds();
        return policies.latest(tenantId, policyId).chain(latest -> {
            DunningPolicy target = latest.orElseThrow(() -> new NotFound("no policy " + policyId));
            return migration.migrate(tenantId, target, customers, clock.instant())
                    .map(count -> new MigrationResult(policyId, target.version(), count));
        });
    }

    @GET
    @Path("/policy-assignment")
    @WithSession
    @Operation(summary = "The tenant's assignment rules")
    public Uni<Assignment> assignment(@PathParam("tenantId") String tenantId) {
        return policies.rules(tenantId).map(Assignment::new);
    }

    @PUT
    @Path("/policy-assignment")
    @WithTransaction
    @Operation(summary = "Replaces the tenant's assignment rules; every rule must name an existing policy")
    public Uni<Assignment> replaceAssignment(@PathParam("tenantId") String tenantId, Assignment assignment) {
        List<AssignmentRule> rules = assignment == null || assignment.rules() == null ? List.of() : assignment.rules();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            problems.addAll(rules.get(i).problems("rules[" + i + "]"));
        }
        return requireExisting(tenantId, rules.stream().map(AssignmentRule::policyId).toList(), problems)
                .chain(() -> policies.replaceRules(tenantId, rules, clock.instant()))
                .replaceWith(new Assignment(rules));
    }

    @PUT
    @Path("/customers/{customerId}/policy")
    @WithTransaction
    @Operation(summary = "Dunning this customer's new items under the given policy, whatever the rules say")
    public Uni<Override> setOverride(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId,
                                     Override override) {
        String policyId = override == null ? null : override.policyId();
        return requireExisting(tenantId, policyId == null ? List.of("") : List.of(policyId), new ArrayList<>())
                .chain(() -> policies.setOverride(tenantId, customerId, policyId, clock.instant())).replaceWith(override);
    }

    @DELETE
    @Path("/customers/{customerId}/policy")
    @WithTransaction
    @Operation(summary = "Removes the customer's override; the assignment rules apply again")
    public Uni<Void> removeOverride(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId) {
        return policies.setOverride(tenantId, customerId, null, clock.instant());
    }

    private Uni<Void> requireExisting(String tenantId, List<String> policyIds, List<String> problems) {
        return Multi.createFrom().iterable(policyIds).onItem().transformToUniAndConcatenate(id ->
                        id == null || id.isBlank() ? Uni.createFrom().item(problems.add("policyId is required"))
                                : policies.latest(tenantId, id).map(found -> found.isPresent() || problems.add("no policy " + id)))
                .collect().asList().invoke(ignored -> {
                    if (!problems.isEmpty()) {
                        throw new InvalidRequest(problems);
                    }
                }).replaceWithVoid();
    }
}
