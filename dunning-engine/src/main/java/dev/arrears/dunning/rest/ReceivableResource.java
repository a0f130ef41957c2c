package dev.arrears.dunning.rest;

import dev.arrears.contracts.Money;
import dev.arrears.dunning.domain.Receivable;
import dev.arrears.dunning.repository.ReceivableRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;


import java.time.LocalDate;
import java.util.List;

/** The receivables the engine tracks for one customer, as learnt from invoice events. */
@Path("/api/v1/tenants/{tenantId}/customers/{customerId}/receivables")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivableResource {

    private final ReceivableRepository receivables;

    ReceivableResource(ReceivableRepository receivables) {
        this.receivables = receivables;
    }

    @GET
    @WithSession
    @Operation(summary = "Receivables tracked for a customer, oldest due first")
    public Uni<List<ReceivableView>> list(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId) {
        return receivables.ofCustomer(tenantId, customerId).map(list -> list.stream().map(ReceivableView::of).toList());
    }

    /** A tracked receivable. */
    public record ReceivableView(String invoiceId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                                 Money openAmount) {
        static ReceivableView of(Receivable r) {
            return new ReceivableView(r.invoiceId, r.invoiceNumber, r.issueDate, r.dueDate,
                    Money.atCurrencyScale(r.openAmount, r.currency));
        }
    }
}
