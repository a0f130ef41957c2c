package dev.arrears.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.contracts.http.JsonErrors;
import dev.arrears.contracts.http.Problem;
import dev.arrears.notification.message.MissingTemplate;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.Recipients;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.message.Renderer;
import dev.arrears.notification.render.Formats;
import dev.arrears.notification.render.Languages;
import dev.arrears.notification.render.RenderDefaults;
import dev.arrears.notification.render.Samples;
import dev.arrears.notification.render.TemplateCatalog;
import dev.arrears.notification.render.letter.LetterPdf;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders any template for a sample or a real customer, exactly as it would be sent, and sends nothing. Answers the
 * {@link RenderedMessage} as JSON, or a letter as the PDF that would be printed ({@code Accept: application/pdf}).
 */
@Path("/api/v1/tenants/{tenantId}/previews")
@Consumes(MediaType.APPLICATION_JSON)
public class PreviewResource {

    /** The request resolved: what to render, for whom. */
    private record Preview(RenderRequest request, Recipient recipient) {
    }

    private static final MediaType PDF = MediaType.valueOf(LetterPdf.MEDIA_TYPE);

    private final Renderer renderer;
    private final Recipients recipients;
    private final TemplateCatalog catalog;
    private final LetterPdf letters;
    private final RenderDefaults defaults;

    PreviewResource(Renderer renderer, Recipients recipients, TemplateCatalog catalog, LetterPdf letters, RenderDefaults defaults) {
        this.renderer = renderer;
        this.recipients = recipients;
        this.catalog = catalog;
        this.letters = letters;
        this.defaults = defaults;
    }

    /**
     * JSON unless the client names {@code application/pdf} itself: a client that accepts anything gets the message.
     */
    @POST
    @Produces({MediaType.APPLICATION_JSON, LetterPdf.MEDIA_TYPE})
    @Operation(summary = "Renders a template for a sample or real customer as it would be sent; sends nothing. "
            + "'fallback' says when another template or language stood in, and why. With Accept: application/pdf, "
            + "a LETTER comes back as the PDF that would be mailed")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenderedMessage.class)),
            @Content(mediaType = LetterPdf.MEDIA_TYPE)})
    public Uni<Response> preview(@PathParam("tenantId") String tenantId, PreviewRequest body, @Context HttpHeaders headers) {
        boolean pdf = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> !t.isWildcardType() && !t.isWildcardSubtype() && t.isCompatible(PDF));
        if (!pdf) {
            return prepare(tenantId, body).map(p -> Response.ok(renderer.render(p.request()), MediaType.APPLICATION_JSON).build());
        }
        if (body != null && body.channel() != null && body.channel() != Channel.LETTER) {
            throw new InvalidPreview("channel", "only a LETTER prints as a PDF; ask for application/json to preview " + body.channel());
        }
        // Printing takes tens of milliseconds of CPU: off the event loop.
        return prepare(tenantId, body)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> Response.ok(letters.render(renderer.render(p.request()), p.recipient()), LetterPdf.MEDIA_TYPE)
                        .header("Content-Disposition", "inline; filename=\"preview-" + p.request().templateId() + ".pdf\"")
                        .build());
    }

    private Uni<Preview> prepare(String tenantId, PreviewRequest body) {
        validate(body);
        Tone tone = body.tone() != null ? body.tone() : onlyTone(body.templateId());
        Uni<Recipient> recipient = body.customerId() == null
                ? Uni.createFrom().item(() -> sample(tenantId, body))
                : recipients.find(tenantId, body.customerId()).map(found -> overridden(found
                        .orElseThrow(() -> new CustomerNotFound(tenantId, body.customerId())), body));
        return recipient.map(r -> {
            List<DunnedItem> items = body.items() != null ? body.items()
                    : Samples.items(body.templateId(), tone, r.country(), LocalDate.now(defaults.clock().withZone(zone(r))));
            return new Preview(new RenderRequest(body.channel(), body.templateId(), tone, r, items, overdueTotals(items),
                    Objects.requireNonNullElse(body.fees(), List.of())), r);
        });
    }

    private static void validate(PreviewRequest body) {
        if (body == null) {
            throw new InvalidPreview(null, "a body is required: {channel, templateId, tone?, language?, items?, customer?, customerId?}");
        }
        List<String> problems = new ArrayList<>();
        if (body.channel() == null) {
            problems.add("channel is required (EMAIL, SMS, VOICE or LETTER)");
        }
        if (body.templateId() == null || body.templateId().isBlank()) {
            problems.add("templateId is required, e.g. overdue-firm");
        }
        if (body.items() != null && body.items().isEmpty()) {
            problems.add("items is empty: leave it out to preview with sample items");
        }
        if (body.language() != null && Languages.normalize(body.language()) == null) {
            problems.add("language '" + body.language() + "' is not a BCP 47 language tag");
        }
        PreviewRequest.PreviewCustomer customer = body.customer();
        if (customer != null && customer.timeZone() != null) {
            try {
                ZoneId.of(customer.timeZone());
            } catch (DateTimeException e) {
                problems.add("customer.timeZone '" + customer.timeZone() + "' is not an IANA time zone");
            }
        }
        if (customer != null && customer.country() != null && !customer.country().matches("[A-Za-z]{2}")) {
            problems.add("customer.country '" + customer.country() + "' is not an ISO 3166 alpha-2 code");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPreview(null, String.join("; ", problems));
        }
    }

    /** The tone a template is written in, when it exists in only one. */
    private Tone onlyTone(String templateId) {
        List<Tone> tones = catalog.entries().stream().filter(e -> e.templateId().equals(templateId))
                .map(TemplateCatalog.Entry::tone).distinct().toList();
        if (tones.size() != 1) {
            throw new InvalidPreview("tone", "tone is required: '" + templateId + "' is written in "
                    + (tones.isEmpty() ? "no tone" : tones));
        }
        return tones.get(0);
    }

    private static Recipient sample(String tenantId, PreviewRequest body) {
        PreviewRequest.PreviewCustomer c = Optional.ofNullable(body.customer())
                .orElse(new PreviewRequest.PreviewCustomer(null, null, null, null));
        String language = body.language() != null ? body.language() : c.language();
        return new Recipient(tenantId, Samples.CUSTOMER_ID, c.name() != null ? c.name() : Samples.name(language), null, null, language,
                c.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(c.timeZone()), c.country());
    }

    /** The real customer, with whatever the request states instead. */
    private static Recipient overridden(Recipient r, PreviewRequest body) {
        PreviewRequest.PreviewCustomer c = body.customer();
        String language = body.language() != null ? body.language() : c != null && c.language() != null ? c.language() : r.language();
        return new Recipient(r.tenantId(), r.customerId(), c != null && c.name() != null ? c.name() : r.name(), r.email(), r.phone(),
                language, c != null && c.timeZone() != null ? ZoneId.of(c.timeZone()) : r.zone(),
                c != null && c.country() != null ? c.country() : r.country(), r.postalAddress());
    }

    private static ZoneId zone(Recipient r) {
        return r.zone() == null ? ZoneOffset.UTC : r.zone();
    }

    /** As the dunning engine sums them: the overdue items only, per currency. */
    private static List<Money> overdueTotals(List<DunnedItem> items) {
        return Formats.sums(items.stream().filter(i -> i.daysOverdue() > 0).map(DunnedItem::openAmount).toList());
    }

    @ServerExceptionMapper
    Response missingTemplate(MissingTemplate e) {
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, "missing-template", "No template", e.getMessage(), "templateId");
    }

    @ServerExceptionMapper
    Response invalid(InvalidPreview e) {
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    Response customerNotFound(CustomerNotFound e) {
        return Problem.response(Response.Status.NOT_FOUND.getStatusCode(), "not-found", "Not found", e.getMessage(), "customerId");
    }

    @ServerExceptionMapper
    Response unreadable(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-body", "Malformed body",
                JsonErrors.reason(e), JsonErrors.field(e));
    }
}
