package dev.arrears.dunning.rest;

import dev.arrears.dunning.repository.CallTasks;
import dev.arrears.dunning.repository.CallTasks.Task;
import dev.arrears.dunning.repository.Worklist;
import dev.arrears.dunning.run.DunningConfig;
import dev.arrears.dunning.service.CallOutcomes;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The collectors' view: accounts to work by urgency, their call tasks, and what came of each call. */
@Path("/api/v1/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorklistResource {

    private final Worklist worklist;
    private final CallTasks tasks;
    private final CallOutcomes outcomes;
    private final DunningConfig config;
    private final Clock clock;

    WorklistResource(Worklist worklist, CallTasks tasks, CallOutcomes outcomes, DunningConfig config, Clock clock) {
        this.worklist = worklist;
        this.tasks = tasks;
        this.outcomes = outcomes;
        this.config = config;
        this.clock = clock;
    }

    /** Who works a task. */
    public record Assignment(String assignee) {
    }

    @GET
    @Path("/worklist")
    @WithSession
    @Operation(summary = "Accounts with overdue items, most urgent first (score = ln(1 + overdue) x (1 + days/30) x risk x "
            + "(1 + 0.5 x broken promises) x (1 + average days late / 60)); with team, only accounts with an open task for it")
    public Uni<List<Worklist.Account>> worklist(@PathParam("tenantId") String tenantId, @QueryParam("team") String team) {
        return worklist.accounts(tenantId, team, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), config.promiseGraceDays());
    }

    @GET
    @Path("/call-tasks")
    @WithSession
    @Operation(summary = "Open call tasks, earliest due first, optionally of one team or assignee")
    public Uni<List<Task>> openTasks(@PathParam("tenantId") String tenantId, @QueryParam("team") String team,
                                     @QueryParam("assignee") String assignee) {
        return tasks.open(tenantId, team, assignee);
    }

    @PUT
    @Path("/call-tasks/{taskId}/assignee")
    @WithTransaction
    @Operation(summary = "Assigns a call task to a collector")
    public Uni<Task> assign(@PathParam("tenantId") String tenantId, @PathParam("taskId") String taskId, Assignment assignment) {
        if (assignment == null || assignment.assignee() == null || assignment.assignee().isBlank()) {
            throw new InvalidRequest(List.of("assignee is required"));
        }
        return tasks.find(tenantId, taskId).chain(found -> {
            found.orElseThrow(() -> new NotFound("no call task " + taskId));
            return tasks.assign(tenantId, taskId, assignment.assignee()).chain(() -> tasks.find(tenantId, taskId))
                    .map(java.util.Optional::orElseThrow);
        });
    }

    @POST
    @Path("/call-tasks/{taskId}/outcome")
    @WithTransaction
    @Operation(summary = "Records what came of a call; it feeds back into dunning at once (promise pauses, dispute holds, "
            + "wrong contact falls back to other channels, paid holds a week, no answer retries the next business day)")
    public Uni<Task> outcome(@PathParam("tenantId") String tenantId, @PathParam("taskId") String taskId, CallOutcomes.Report report) {
        return outcomes.record(tenantId, taskId, report);
    }
}
