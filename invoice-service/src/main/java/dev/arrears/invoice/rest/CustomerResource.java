package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;
import dev.arrears.invoice.domain.CustomerDetails;
import dev.arrears.invoice.rest.Views.CustomerView;
import dev.arrears.invoice.rest.Views.PageView;
import dev.arrears.invoice.service.CustomerService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Customer master data as the ERP keeps it; the id is the ERP's customer number. */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private static final String EXAMPLE = """
            {"id": "C-1001", "legalName": "Müller Maschinenbau GmbH", "emails": ["ap@mueller.example"],
             "phones": ["+4930123456"], "language": "de", "timeZone": "Europe/Berlin", "country": "DE",
             "industry": "manufacturing", "size": "MEDIUM", "tags": ["key-account"], "riskClass": "LOW",
             "consentEmail": true, "consentSms": true, "consentVoice": false, "paymentTermsDays": 30,
             "postalAddress": {"lines": ["Industriestraße 12"], "postalCode": "12099", "city": "Berlin", "country": "DE"}}""";

    private final CustomerService customers;
    private final Requests requests;

    CustomerResource(CustomerService customers, Requests requests) {
        this.customers = customers;
        this.requests = requests;
    }

    @POST
    @Operation(summary = "Create a customer", description = "Publishes CustomerUpserted. 409 if the id exists (use PUT to update).")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewCustomer.class), examples = @ExampleObject(name = "customer", value = EXAMPLE)))
    public Uni<Response> create(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        NewCustomer customer = requests.parse(body, NewCustomer.class);
        return requests.post(tenantId, key, "POST /customers", body, () -> customers.create(tenantId, customer.id(), customer.details())
                .map(saved -> requests.created(uri.getAbsolutePathBuilder().path(saved.id).build(), saved.version, CustomerView.of(saved))));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Create or replace a customer", description = "With If-Match, only if the customer is still at that version.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CustomerDetails.class)))
    public Uni<Response> upsert(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam("If-Match") String ifMatch,
                                @PathParam("id") String id, String body) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        CustomerDetails details = requests.parse(body, CustomerDetails.class);
        return customers.upsert(tenantId, id, details, Requests.ifMatch(ifMatch))
                .map(saved -> Requests.ok(CustomerView.of(saved), saved.version));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One customer of the tenant")
    public Uni<Response> get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") String id) {
        return customers.get(TenantHeader.require(tenant), id).map(c -> Requests.ok(CustomerView.of(c), c.version));
    }

    @GET
    @Operation(summary = "The tenant's customers, by id")
    public Uni<PageView<CustomerView>> list(@HeaderParam(TenantHeader.NAME) String tenant,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        return customers.list(TenantHeader.require(tenant), page, size).map(found -> PageView.of(found.map(CustomerView::of)));
    }

    /** A new customer: its id (the ERP's customer number) and master data. */
    public record NewCustomer(String id, String erpReference, String legalName, java.util.List<String> emails,
                              java.util.List<String> phones, String language, String timeZone, String country, String industry,
                              String size, java.util.List<String> tags, String riskClass, Boolean consentEmail, Boolean consentSms,
                              Boolean consentVoice, Integer paymentTermsDays, PostalAddress postalAddress) {
        CustomerDetails details() {
            return new CustomerDetails(erpReference, legalName, emails, phones, language, timeZone, country, industry, size,
                    tags, riskClass, consentEmail, consentSms, consentVoice, paymentTermsDays, postalAddress);
        }
    }
}
