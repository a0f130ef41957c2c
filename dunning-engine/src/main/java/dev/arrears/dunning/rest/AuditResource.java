package dev.arrears.dunning.rest;

import dev.arrears.contracts.http.Problem;
import dev.arrears.dunning.audit.AuditCsv;
import dev.arrears.dunning.audit.AuditEntry;
import dev.arrears.dunning.audit.AuditPdf;
import dev.arrears.dunning.audit.AuditTrail;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A customer's audit trail, exported as JSON, CSV or a PDF evidence document. */
@Path("/api/v1/tenants/{tenantId}/customers/{customerId}/audit")
public class AuditResource {

    /** The export formats, in the order preferred when the client accepts several equally. */
    enum Format {
        JSON(MediaType.APPLICATION_JSON_TYPE),
        CSV(MediaType.valueOf(AuditCsv.MEDIA_TYPE)),
        PDF(MediaType.valueOf(AuditPdf.MEDIA_TYPE));

        final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }
    }

    private final AuditTrail trail;
    private final AuditPdf pdf;

    AuditResource(AuditTrail trail, AuditPdf pdf) {
        this.trail = trail;
        this.pdf = pdf;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, AuditCsv.MEDIA_TYPE, AuditPdf.MEDIA_TYPE})
    @Operation(summary = "A customer's audit trail, oldest first: JSON, CSV or PDF by the Accept header or ?format")
    @APIResponse(responseCode = "200", description = "The entries; CSV and PDF come as attachments", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)),
            @Content(mediaType = AuditCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = AuditPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> export(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId,
                                @Parameter(description = "json, csv or pdf; overrides the Accept header")
                                @QueryParam("format") String format,
                                @Context Request request) {
        Format chosen = format == null ? negotiate(request) : named(format);
        // The session only spans the query: rendering runs on a worker thread, away from the event loop.
        Uni<List<AuditEntry>> entries = Panache.withSession(() -> trail.ofCustomer(tenantId, customerId));
        return switch (chosen) {
            case JSON -> entries.map(list -> Response.ok(list, chosen.mediaType).build());
            case CSV -> entries.emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(list -> attachment(AuditCsv.write(list), chosen.mediaType.withCharset("UTF-8"), customerId + ".csv"));
            case PDF -> entries.emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(list -> attachment(pdf.render(tenantId, customerId, list), chosen.mediaType, customerId + ".pdf"));
        };
    }

    private static Format negotiate(Request request) {
        Variant variant = request.selectVariant(Variant.mediaTypes(Arrays.stream(Format.values())
                .map(f -> f.mediaType).toArray(MediaType[]::new)).build());
        if (variant == null) {
            throw new NotAcceptableException();
        }
        return Arrays.stream(Format.values()).filter(f -> f.mediaType.equals(variant.getMediaType())).findFirst().orElseThrow();
    }

    private static Format named(String format) {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("format", "format must be json, csv or pdf, not '" + format + "'");
        }
    }

    /** Customer ids come from ERPs; the file name keeps only characters every client and file system takes. */
    private static Response attachment(byte[] body, MediaType type, String name) {
        String filename = "audit-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
