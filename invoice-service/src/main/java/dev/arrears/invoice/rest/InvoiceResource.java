package dev.arrears.invoice.rest;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.InvoiceStatus;
import dev.arrears.invoice.service.InvoiceService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;

/** Invoices as ERPs push them. */
@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private final InvoiceService invoices;

    InvoiceResource(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @POST
    @Operation(summary = "Issue an invoice", description = "Records the invoice and publishes InvoiceIssued in the same transaction.")
    public Uni<Response> issue(@HeaderParam(TenantHeader.NAME) String tenant, IssueInvoiceRequest request, UriInfo uri) {
        String tenantId = TenantHeader.require(tenant);
        if (request == null) {
            throw new InvalidInput("body", "a JSON invoice is required");
        }
        if (request.totalAmount() == null) {
            throw new InvalidInput("totalAmount", "totalAmount is required");
        }
        Money tax = request.taxAmount() == null ? Money.zero(request.totalAmount().currency()) : request.taxAmount();
        return invoices.issue(tenantId, request.customerId(), request.invoiceNumber(), request.issueDate(),
                        request.dueDate(), request.totalAmount(), tax)
                .map(invoice -> Response.created(uri.getAbsolutePathBuilder().path(invoice.id).build())
                        .tag(etag(invoice))
                        .entity(InvoiceView.of(invoice))
                        .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One invoice of the tenant")
    public Uni<Response> get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") String id) {
        return invoices.get(TenantHeader.require(tenant), id)
                .map(invoice -> Response.ok(InvoiceView.of(invoice)).tag(etag(invoice)).build());
    }

    private static EntityTag etag(Invoice invoice) {
        return new EntityTag(Long.toString(invoice.version));
    }

    /** An invoice as the ERP sends it; amounts as exact decimal strings with their currency. */
    public record IssueInvoiceRequest(String customerId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                                      Money totalAmount, Money taxAmount) {
    }

    /** An invoice as Arrears holds it. */
    public record InvoiceView(String id, String customerId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                              Money totalAmount, Money taxAmount, Money openAmount, InvoiceStatus status) {
        static InvoiceView of(Invoice invoice) {
            return new InvoiceView(invoice.id, invoice.customerId, invoice.invoiceNumber, invoice.issueDate,
                    invoice.dueDate, invoice.total(), invoice.tax(), invoice.open(), invoice.status);
        }
    }
}
