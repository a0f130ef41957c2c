package dev.arrears.dunning.rest;

import dev.arrears.dunning.repository.DunningStates;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Where a customer's items stand: policy version, level, pause and when each is next evaluated. */
@Path("/api/v1/tenants/{tenantId}/customers/{customerId}/dunning")
@Produces(MediaType.APPLICATION_JSON)
public class DunningStateResource {

    private final DunningStates states;

    DunningStateResource(DunningStates states) {
        this.states = states;
    }

    @GET
    @WithSession
    @Operation(summary = "The dunning state of each of the customer's installments, oldest due first")
    public Uni<List<DunningStates.ItemState>> state(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId) {
        return states.ofCustomer(tenantId, customerId);
    }
}
