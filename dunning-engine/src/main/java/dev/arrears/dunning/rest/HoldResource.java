package dev.arrears.dunning.rest;

import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.repository.Holds;
import dev.arrears.dunning.repository.Holds.Hold;
import dev.arrears.dunning.service.CustomerChanges;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Manual holds on a customer's dunning, with a reason and optionally an expiry; released by hand or by time. */
@Path("/api/v1/tenants/{tenantId}/customers/{customerId}/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldResource {

    private static final Set<PauseReason> MANUAL = Set.of(PauseReason.MANUAL_HOLD, PauseReason.DISPUTE, PauseReason.REPORTED_PAID);

    private final Holds holds;
    private final CustomerChanges changes;
    private final Clock clock;

    HoldResource(Holds holds, CustomerChanges changes, Clock clock) {
        this.holds = holds;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * @param invoiceId the invoice to hold, or {@code null} for all the customer's items
     * @param reason MANUAL_HOLD (default), DISPUTE or REPORTED_PAID
     * @param until the last day of the hold, or {@code null} until released
     */
    public record HoldRequest(String invoiceId, PauseReason reason, String note, LocalDate until) {
    }

    @GET
    @WithSession
    @Operation(summary = "The customer's holds, released ones included")
    public Uni<List<Hold>> list(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId) {
        return holds.ofCustomer(tenantId, customerId);
    }

    @POST
    @WithTransaction
    @Operation(summary = "Holds the customer's dunning (or one invoice's) from now on; pending steps wait")
    public Uni<Response> place(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId, HoldRequest request) {
        var now = clock.instant();
        PauseReason reason = request == null || request.reason() == null ? PauseReason.MANUAL_HOLD : request.reason();
        List<String> problems = new ArrayList<>();
        if (request == null || request.note() == null || request.note().isBlank()) {
            problems.add("note is required: say why dunning is held");
        }
        if (!MANUAL.contains(reason)) {
            problems.add("reason must be one of " + MANUAL + "; " + reason + " pauses come from invoice events");
        }
        if (request != null && request.until() != null && request.until().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            problems.add("until is in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Hold hold = new Hold(UUID.randomUUID().toString(), customerId, request.invoiceId(), reason, request.note(), request.until(), now,
                null);
        String why = "hold " + hold.holdId() + " (" + reason + ") " + (hold.until() == null ? "until released" : "until " + hold.until())
                + ": " + hold.note();
        return changes.apply(tenantId, customerId, AuditKind.HOLD_PLACED, hold.invoiceId(), why, now, () -> holds.place(tenantId, hold))
                .replaceWith(() -> Response.created(URI.create("/api/v1/tenants/" + tenantId + "/customers/" + customerId + "/holds/"
                        + hold.holdId())).entity(hold).build());
    }

    @DELETE
    @Path("/{holdId}")
    @WithTransaction
    @Operation(summary = "Releases a hold; dunning resumes at the next run")
    public Uni<Void> release(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId,
                             @PathParam("holdId") String holdId) {
        var now = clock.instant();
        return changes.apply(tenantId, customerId, AuditKind.HOLD_RELEASED, null, "hold " + holdId + " released", now,
                () -> holds.release(tenantId, customerId, holdId, now).invoke(released -> {
                    if (!released) {
                        throw new NotFound("no hold " + holdId + " in force for customer " + customerId);
                    }
                })).replaceWithVoid();
    }
}
