package dev.arrears.invoice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.AdjustInvoice;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.InvoiceStatus;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.repository.InvoiceRepository.InvoiceFilter;
import dev.arrears.invoice.rest.Views.InvoiceView;
import dev.arrears.invoice.rest.Views.PageView;
import dev.arrears.invoice.service.InvoiceService;
import dev.arrears.invoice.service.LateFeeService;
import dev.arrears.invoice.ubl.UblInvoiceReader;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Invoices as ERPs push them, and the corrections, voids and write-offs that follow. */
@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    static final String ISSUE_EXAMPLE = """
            {"customerId": "C-1001", "invoiceNumber": "INV-2026-00042", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
             "totalAmount": {"amount": "1190.00", "currency": "EUR"}, "taxAmount": {"amount": "190.00", "currency": "EUR"}}""";

    private final InvoiceService invoices;
    private final LateFeeService fees;
    private final Requests requests;
    private final UblInvoiceReader ubl = new UblInvoiceReader();

    InvoiceResource(InvoiceService invoices, LateFeeService fees, Requests requests) {
        this.invoices = invoices;
        this.fees = fees;
        this.requests = requests;
    }

    @POST
    @Operation(summary = "Issue an invoice", description = "Records the invoice and publishes InvoiceIssued in the same transaction. "
            + "Without installments the whole amount is due on dueDate.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IssueInvoice.class),
            examples = @ExampleObject(name = "single due date", value = ISSUE_EXAMPLE)))
    public Uni<Response> issue(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                               String body, @Context UriInfo uri) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        IssueInvoice command = requests.parse(body, IssueInvoice.class);
        if (command.totalAmount() == null) {
            throw new InvalidInput("totalAmount", "totalAmount is required");
        }
        return requests.post(tenantId, key, "POST /invoices", body, () -> invoices.issue(tenantId, command)
                .map(invoice -> requests.created(uri.getAbsolutePathBuilder().path(invoice.id).build(), invoice.version, issued(invoice))));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Issue an invoice from UBL 2.1 XML", description = "A Peppol BIS Billing 3.0 invoice as European ERPs "
            + "export it: the buyer's PartyIdentification (or EndpointID) is the customerId, cbc:ID the invoice number, "
            + "PayableAmount the total, TaxTotal the tax; the lines are kept. Same rules and event as the JSON form.")
    public Uni<Response> issueUbl(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                  byte[] body, @Context UriInfo uri) {
        String tenantId = TenantHeader.require(tenant);
        IssueInvoice command = ubl.read(new ByteArrayInputStream(body));
        // The XML declares its own encoding, so the request is fingerprinted byte for byte.
        String fingerprinted = new String(body, StandardCharsets.ISO_8859_1);
        return requests.post(tenantId, key, "POST /invoices (UBL)", fingerprinted, () -> invoices.issue(tenantId, command)
                .map(invoice -> requests.created(uri.getAbsolutePathBuilder().path(invoice.id).build(), invoice.version, issued(invoice))));
    }

    @GET
    @Operation(summary = "Search the tenant's invoices", description = "Oldest due first. overdueAsOf keeps invoices with an installment "
            + "still open that was due before that date.")
    public Uni<PageView<InvoiceView>> search(@HeaderParam(TenantHeader.NAME) String tenant,
                                             @QueryParam("customerId") String customerId,
                                             @QueryParam("status") InvoiceStatus status,
                                             @QueryParam("overdueAsOf") LocalDate overdueAsOf,
                                             @QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        String tenantId = TenantHeader.require(tenant);
        return invoices.search(tenantId, new InvoiceFilter(customerId, status, overdueAsOf), page, size)
                .chain(found -> fees.of(tenantId, found.items()).map(byInvoice ->
                        PageView.of(found.map(i -> InvoiceView.of(i, byInvoice.getOrDefault(i.id, List.of()))))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One invoice of the tenant", description = "With the late fees charged on it, which are a receivable "
            + "of their own: openAmount does not include them. The ETag is the version to send as If-Match when changing it; "
            + "recording a fee does not change it.")
    public Uni<Response> get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") String id) {
        return invoices.get(TenantHeader.require(tenant), id)
                .chain(invoice -> withFees(invoice).map(view -> Requests.ok(view, invoice.version)));
    }

    @POST
    @Path("/{id}/adjustments")
    @Operation(summary = "Correct an invoice's amounts or schedule", description = "Publishes InvoiceAdjusted. What was settled stays settled.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AdjustInvoice.class)))
    public Uni<Response> adjust(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                @HeaderParam("If-Match") String ifMatch, @PathParam("id") String id, String body) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        AdjustInvoice command = requests.parse(body, AdjustInvoice.class);
        return requests.post(tenantId, key, "POST /invoices/" + id + "/adjustments", body, () -> invoices
                .adjust(tenantId, id, command, Requests.ifMatch(ifMatch))
                .chain(invoice -> withFees(invoice).map(view -> requests.ok(invoice.version, view))));
    }

    @POST
    @Path("/{id}/void")
    @Operation(summary = "Void an invoice", description = "Only while nothing was paid, credited or written off. Publishes InvoiceVoided.")
    public Uni<Response> voidInvoice(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                     @HeaderParam("If-Match") String ifMatch, @PathParam("id") String id, String body) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        Reason reason = requests.parse(body, Reason.class);
        return requests.post(tenantId, key, "POST /invoices/" + id + "/void", body, () -> invoices
                .voidInvoice(tenantId, id, reason.reason(), Requests.ifMatch(ifMatch))
                .chain(invoice -> withFees(invoice).map(view -> requests.ok(invoice.version, view))));
    }

    @POST
    @Path("/{id}/write-offs")
    @Operation(summary = "Write off an invoice", description = "Without an amount, the whole open amount. Publishes InvoiceWrittenOff.")
    public Uni<Response> writeOff(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Requests.IDEMPOTENCY_KEY) String key,
                                  @HeaderParam("If-Match") String ifMatch, @PathParam("id") String id, String body) throws JsonProcessingException {
        String tenantId = TenantHeader.require(tenant);
        WriteOff writeOff = requests.parse(body, WriteOff.class);
        return requests.post(tenantId, key, "POST /invoices/" + id + "/write-offs", body, () -> invoices
                .writeOff(tenantId, id, writeOff.amount(), writeOff.reason(), Requests.ifMatch(ifMatch))
                .chain(invoice -> withFees(invoice).map(view -> requests.ok(invoice.version, view))));
    }

    private Uni<InvoiceView> withFees(Invoice invoice) {
        return fees.of(invoice).map(charged -> InvoiceView.of(invoice, charged));
    }

    /** A new invoice has no fees yet: the dunning engine learns of it only once it is committed. */
    private static InvoiceView issued(Invoice invoice) {
        return InvoiceView.of(invoice, List.of());
    }

    /** Why an invoice is voided. */
    public record Reason(String reason) {
    }

    /** How much to write off (all that is open when absent) and why. */
    public record WriteOff(Money amount, String reason) {
    }
}
