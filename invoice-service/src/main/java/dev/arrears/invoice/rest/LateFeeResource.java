package dev.arrears.invoice.rest;

import dev.arrears.invoice.rest.Views.InvoiceFeesView;
import dev.arrears.invoice.service.InvoiceService;
import dev.arrears.invoice.service.LateFeeService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The late fees the dunning engine charged on an invoice (recorded from LateFeeAssessed). */
@Path("/api/v1/tenants/{tenant}/invoices/{invoiceId}/fees")
@Produces(MediaType.APPLICATION_JSON)
public class LateFeeResource {

    private final InvoiceService invoices;
    private final LateFeeService fees;

    LateFeeResource(InvoiceService invoices, LateFeeService fees) {
        this.invoices = invoices;
        this.fees = fees;
    }

    @GET
    @Operation(summary = "Late fees of one invoice", description = "Oldest first, with their total in the invoice's currency. "
            + "Fees are a receivable of their own: the invoice's openAmount does not include them.")
    public Uni<InvoiceFeesView> list(@PathParam("tenant") String tenant, @PathParam("invoiceId") String invoiceId) {
        return invoices.get(tenant, invoiceId).chain(invoice -> fees.of(invoice).map(charged -> InvoiceFeesView.of(invoice, charged)));
    }
}
