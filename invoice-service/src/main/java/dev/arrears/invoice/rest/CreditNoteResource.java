package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.invoice.rest.Views.CreditNoteView;
import dev.arrears.invoice.service.CreditNoteService;
import dev.arrears.invoice.service.CreditNoteService.IssueCreditNote;
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

/** Credit notes the ERP issues. */
@Path("/api/v1/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditNoteResource {

    private final CreditNoteService creditNotes;
    private final Requests requests;

    CreditNoteResource(CreditNoteService creditNotes, Requests requests) {
        this.creditNotes = creditNotes;
        this.requests = requests;
    }

    @POST
    @Operation(summary = "Issue a credit note", description = "Reduces the open amount of the invoices named, or of the oldest ones; "
            + "the rest stays as credit. Publishes CreditNoteIssued.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IssueCreditNote.class)))
    public Uni<Response> issue(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                               String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        IssueCreditNote command = requests.parse(body, IssueCreditNote.class);
        return requests.post(tenantId, key, "POST /credit-notes", body, () -> creditNotes.issue(tenantId, command)
                .map(n -> requests.created(uri.getAbsolutePathBuilder().path(n.id).build(), 0, CreditNoteView.of(n))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One credit note of the tenant")
    public Uni<CreditNoteView> get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") String id) {
        return creditNotes.get(TenantHeader.require(tenant), id).map(CreditNoteView::of);
    }
}
