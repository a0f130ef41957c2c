package dev.arrears.dunning.rest;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.dunning.DunningLevelChanged;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.DunningResumed;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.http.Problem;
import dev.arrears.dunning.domain.fee.FeeCalculator;
import dev.arrears.dunning.domain.fee.NoReferenceRate;
import dev.arrears.dunning.domain.fee.ReferenceRates;
import dev.arrears.dunning.domain.policy.DefaultPolicy;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.run.Debtor;
import dev.arrears.dunning.domain.simulation.SimulatedItem;
import dev.arrears.dunning.domain.simulation.Simulation;
import dev.arrears.dunning.domain.simulation.TimelineEntry;
import dev.arrears.dunning.repository.PolicyStore;
import dev.arrears.dunning.run.DunningConfig;
import dev.arrears.dunning.service.CustomerHistory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What-if: the timeline of events a policy would produce for a customer's history or a sample portfolio. Sends
 * nothing and stores nothing: the engine's state lives in memory for the length of the request.
 */
@Path("/api/v1/tenants/{tenantId}/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WhatIfResource {

    /** The timeline, and the policy that produced it. */
    public record Timeline(PolicyRef policy, List<Entry> timeline) {
    }

    public record PolicyRef(String id, int version, String name) {
    }

    /** One event the engine would emit, at the instant it would emit it, and that instant's day for the customer. */
    public record Entry(Instant at, LocalDate date, TimelineEntry.Kind kind,
                        @Schema(oneOf = {ReminderDue.class, EscalationRaised.class, LateFeeAssessed.class, DunningLevelChanged.class,
                                DunningPaused.class, DunningResumed.class}) ArrearsEvent event) {
    }

    /** Who is replayed under which policy. */
    private record Subject(Debtor debtor, List<SimulatedItem> items, DunningPolicy policy) {
    }

    private final CustomerHistory customers;
    private final PolicyStore policies;
    private final Simulation simulation;

    WhatIfResource(CustomerHistory customers, PolicyStore policies, DunningConfig config) {
        this.customers = customers;
        this.policies = policies;
        this.simulation = new Simulation(config.runSettings(), new FeeCalculator(ReferenceRates.load()));
    }

    @POST
    @Operation(summary = "Runs a draft policy (by default the one in force) over a customer's history or a sample portfolio and "
            + "answers the events it would produce, when; sends and stores nothing")
    @APIResponse(responseCode = "200", description = "The timeline, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.class)))
    @APIResponse(responseCode = "404", description = "No such customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every problem with the request, the draft policy's included",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Timeline> simulate(@PathParam("tenantId") String tenantId, WhatIfRequest request) {
        if (request == null) {
            throw new InvalidRequest(List.of("a body is required"));
        }
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        // The session only spans the reads: the replay is pure computation and runs on a worker thread, off the event loop.
        return Panache.withSession(() -> subject(tenantId, request))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(subject -> replay(subject, request));
    }

    private Uni<Subject> subject(String tenantId, WhatIfRequest request) {
        if (request.portfolio() != null) {
            // A sample customer matches no assignment rule: the tenant's default applies, the built-in one unless it saved its own.
            return policy(request, () -> policies.latest(tenantId, DefaultPolicy.ID).map(p -> p.orElseThrow()))
                    .map(policy -> new Subject(request.portfolio().debtor(tenantId), request.portfolio().simulatedItems(tenantId), policy));
        }
        return customers.of(tenantId, request.customerId()).chain(found -> {
            CustomerHistory.Replay replay = found.orElseThrow(() -> new NotFound("no customer " + request.customerId()));
            return policy(request, () -> customers.policyInForce(tenantId, request.customerId(), replay.segment()))
                    .map(policy -> new Subject(replay.debtor(), replay.items(), policy));
        });
    }

    private static Uni<DunningPolicy> policy(WhatIfRequest request, Supplier<Uni<DunningPolicy>> inForce) {
        return request.policy() != null ? Uni.createFrom().item(request.draftPolicy()) : inForce.get();
    }

    private Timeline replay(Subject subject, WhatIfRequest request) {
        LocalDate from = request.from() != null ? request.from() : subject.items().stream()
                .map(item -> item.template().issueDate()).min(LocalDate::compareTo).orElse(request.to());
        if (request.from() == null) {
            List<String> problems = WhatIfRequest.periodProblems(from, request.to());
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems.stream().map(problem -> problem + " (from defaults to the first issue date)").toList());
            }
        }
        DunningPolicy policy = subject.policy();
        List<TimelineEntry> entries;
        try {
            entries = simulation.run(subject.debtor(), policy, subject.items(), from, request.to());
        } catch (NoReferenceRate e) {
            // The engine would stop on these days too; for a what-if it is the period asked for that cannot be replayed.
            throw new InvalidRequest(List.of("the late fee cannot be computed: " + e.getMessage()));
        }
        return new Timeline(new PolicyRef(policy.id(), policy.version(), policy.name()),
                entries.stream().map(entry -> new Entry(entry.at(), entry.date(), entry.kind(), entry.event())).toList());
    }
}
