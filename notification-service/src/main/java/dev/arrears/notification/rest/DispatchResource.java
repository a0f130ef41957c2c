package dev.arrears.notification.rest;

import dev.arrears.notification.dispatch.Dispatch;
import dev.arrears.notification.dispatch.DispatchStatus;
import dev.arrears.notification.dispatch.Dispatches;
import dev.arrears.notification.dispatch.Redrive;
import io.quarkus.hibernate.reactive.panache.Panache;
import dev.arrears.notification.ledger.SendLedger;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/** What became of each reminder and escalation: where a dispatch stands, and the ones that did not reach the customer. */
@Path("/api/v1/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

    private final Dispatches dispatches;
    private final SendLedger ledger;
    private final Redrive redrive;

    DispatchResource(Dispatches dispatches, SendLedger ledger, Redrive redrive) {
        this.dispatches = dispatches;
        this.ledger = ledger;
        this.redrive = redrive;
    }

    /**
     * A reminder or escalation on its way, or done.
     *
     * @param note why it waits, or how it ended
     * @param deadLettered whether the source event is on arrears.dunning.events.notification-service.dlq
     */
    public record DispatchView(String sourceEventId, String sourceType, String customerId, DispatchStatus status, Instant dueAt, String note,
                               boolean deadLettered, Instant createdAt, Instant updatedAt, List<MessageView> messages) {
    }

    @GET
    @Path("/dispatches/{sourceEventId}")
    @WithSession
    @Operation(summary = "A reminder's or escalation's dispatch: its status, why it waits or how it ended, and every message tried")
    public Uni<DispatchView> dispatch(@PathParam("tenantId") String tenantId, @PathParam("sourceEventId") String sourceEventId) {
        return dispatches.find(sourceEventId).chain(found -> {
            Dispatch d = found.filter(x -> x.tenantId().equals(tenantId))
                    .orElseThrow(() -> new NotFound("no reminder or escalation " + sourceEventId));
            return view(d);
        });
    }

    @GET
    @Path("/failed-messages")
    @WithSession
    @Operation(summary = "Reminders and escalations that did not reach the customer, newest first: FAILED (the provider stayed "
            + "unavailable through every retry; dead-lettered) and UNDELIVERABLE (no channel of the plan could reach the customer)")
    public Uni<List<DispatchView>> failed(@PathParam("tenantId") String tenantId, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidParameter("limit", "limit must be between 1 and 1000");
        }
        return dispatches.failed(tenantId, limit).chain(failed -> failed.isEmpty() ? Uni.createFrom().item(List.<DispatchView>of())
                : Multi.createFrom().iterable(failed).onItem().transformToUniAndConcatenate(this::view).collect().asList());
    }

    @POST
    @Path("/failed-messages/{sourceEventId}/retry")
    @Operation(summary = "Try a FAILED or UNDELIVERABLE reminder or escalation again, once the provider is back or the customer's "
            + "contact data was fixed: a failed message gets a fresh retry budget, an undeliverable one is planned anew. "
            + "Nothing a provider took is sent again. 409 for one that did not fail.")
    public Uni<Response> retry(@PathParam("tenantId") String tenantId, @PathParam("sourceEventId") String sourceEventId) {
        return redrive.retry(tenantId, sourceEventId)
                .map(found -> found.orElseThrow(() -> new NotFound("no reminder or escalation " + sourceEventId)))
                .chain(d -> Panache.withSession(() -> view(d)))
                .map(view -> Response.accepted(view).build());
    }

    private Uni<DispatchView> view(Dispatch d) {
        return ledger.bySource(d.sourceEventId()).map(entries -> new DispatchView(d.sourceEventId(), d.sourceType().eventName(),
                d.customerId(), d.status(), d.dueAt(), d.note(), d.deadLetteredAt() != null, d.createdAt(), d.updatedAt(),
                entries.stream().map(MessageView::of).toList()));
    }
}
