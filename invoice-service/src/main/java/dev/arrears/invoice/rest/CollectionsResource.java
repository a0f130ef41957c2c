package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.invoice.rest.Views.DisputeView;
import dev.arrears.invoice.rest.Views.PaymentPlanView;
import dev.arrears.invoice.rest.Views.PromiseView;
import dev.arrears.invoice.service.CollectionsService;
import dev.arrears.invoice.service.CollectionsService.AgreePlan;
import dev.arrears.invoice.service.CollectionsService.MakePromise;
import dev.arrears.invoice.service.CollectionsService.OpenDispute;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Disputes, promises to pay and payment plans. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    private final CollectionsService collections;
    private final Requests requests;

    CollectionsResource(CollectionsService collections, Requests requests) {
        this.collections = collections;
        this.requests = requests;
    }

    @POST
    @Path("/disputes")
    @Operation(summary = "Open a dispute", description = "On an amount, on lines, or (neither given) on the whole open amount. "
            + "Disputes on one invoice never exceed what is open. Publishes DisputeOpened.")
    @RequestBody(content = @Content(schema = @Schema(implementation = OpenDispute.class)))
    public Uni<Response> openDispute(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                     String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        OpenDispute command = requests.parse(body, OpenDispute.class);
        return requests.post(tenantId, key, "POST /disputes", body, () -> collections.openDispute(tenantId, command)
                .map(d -> requests.created(uri.getAbsolutePathBuilder().path(d.id).build(), d.version, DisputeView.of(d))));
    }

    @GET
    @Path("/disputes/{id}")
    @Operation(summary = "One dispute of the tenant")
    public Uni<Response> dispute(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") String id) {
        return collections.dispute(TenantHeader.require(tenant), id).map(d -> Requests.ok(DisputeView.of(d), d.version));
    }

    @POST
    @Path("/disputes/{id}/resolution")
    @Operation(summary = "Resolve a dispute", description = "Outcome ACCEPTED or REJECTED. An accepted dispute is usually followed "
            + "by a credit note. Publishes DisputeResolved.")
    public Uni<Response> resolve(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                 @HeaderParam("If-Match") String ifMatch, @PathParam("id") String id, String body) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        Resolution resolution = requests.parse(body, Resolution.class);
        return requests.post(tenantId, key, "POST /disputes/" + id + "/resolution", body, () -> collections
                .resolveDispute(tenantId, id, resolution.outcome(), resolution.note(), Requests.ifMatch(ifMatch))
                .map(d -> requests.ok(d.version, DisputeView.of(d))));
    }

    @POST
    @Path("/promises-to-pay")
    @Operation(summary = "Record a promise to pay", description = "Publishes PromiseToPayMade; dunning pauses until the promised date.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MakePromise.class)))
    public Uni<Response> promise(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                 String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        MakePromise command = requests.parse(body, MakePromise.class);
        return requests.post(tenantId, key, "POST /promises-to-pay", body, () -> collections.promise(tenantId, command)
                .map(p -> requests.created(uri.getAbsolutePathBuilder().path(p.id).build(), 0, PromiseView.of(p))));
    }

    @POST
    @Path("/payment-plans")
    @Operation(summary = "Agree a payment plan", description = "The open amount of the invoices becomes due in the installments "
            + "given, which must add up to it. Publishes PaymentPlanAgreed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AgreePlan.class)))
    public Uni<Response> plan(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                              String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        AgreePlan command = requests.parse(body, AgreePlan.class);
        return requests.post(tenantId, key, "POST /payment-plans", body, () -> collections.agreePlan(tenantId, command)
                .map(p -> requests.created(uri.getAbsolutePathBuilder().path(p.id).build(), 0, PaymentPlanView.of(p))));
    }

    /** How a dispute ends: ACCEPTED or REJECTED, with a note. */
    public record Resolution(String outcome, String note) {
    }
}
