package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.invoice.rest.Views.PaymentView;
import dev.arrears.invoice.service.PaymentService;
import dev.arrears.invoice.service.PaymentService.RecordPayment;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Payments received and reversed. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final PaymentService payments;
    private final Requests requests;

    PaymentResource(PaymentService payments, Requests requests) {
        this.payments = payments;
        this.requests = requests;
    }

    @POST
    @Operation(summary = "Record a payment", description = "Applied to the allocations given, or to the oldest open installments of the "
            + "customer in the payment's currency; any rest is kept as unapplied credit. Publishes PaymentReceived.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecordPayment.class), examples = {
            @ExampleObject(name = "oldest first", value = """
                    {"customerId": "C-1001", "amount": {"amount": "1500.00", "currency": "EUR"}, "valueDate": "2026-11-12",
                     "method": "BANK_TRANSFER", "reference": "RF18 5390 0754 7034"}"""),
            @ExampleObject(name = "explicit allocation", value = """
                    {"customerId": "C-1001", "amount": {"amount": "200.00", "currency": "EUR"}, "valueDate": "2026-11-12",
                     "allocations": [{"invoiceId": "0b9f7c1e-4c1a-4f7e-9a57-2f4f0f3f7b10", "installmentNumber": 2,
                                      "amount": {"amount": "200.00", "currency": "EUR"}}]}""")}))
    public Uni<Response> receive(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                 String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        RecordPayment command = requests.parse(body, RecordPayment.class);
        return requests.post(tenantId, key, "POST /payments", body, () -> payments.receive(tenantId, command)
                .map(p -> requests.created(uri.getAbsolutePathBuilder().path(p.id).build(), p.version, PaymentView.of(p))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One payment of the tenant")
    public Uni<Response> get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") String id) {
        return payments.get(TenantHeader.require(tenant), id).map(p -> Requests.ok(PaymentView.of(p), p.version));
    }

    @POST
    @Path("/{id}/reversal")
    @Operation(summary = "Reverse a payment", description = "A bounced payment, chargeback or correction: what it settled is open "
            + "again. Reason BOUNCED, CHARGEBACK or CORRECTION. Publishes PaymentReversed.")
    public Uni<Response> reverse(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                 @PathParam("id") String id, String body) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        Reversal reversal = requests.parse(body, Reversal.class);
        return requests.post(tenantId, key, "POST /payments/" + id + "/reversal", body, () -> payments.reverse(tenantId, id, reversal.reason())
                .map(p -> requests.ok(p.version, PaymentView.of(p))));
    }

    /** Why a payment is reversed: BOUNCED, CHARGEBACK or CORRECTION. */
    public record Reversal(String reason) {
    }
}
