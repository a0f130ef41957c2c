package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.effectiveness.Effectiveness;
import dev.arrears.analytics.query.TenantFigures;
import dev.arrears.contracts.Money;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Dunning effectiveness by step, channel, template or tone. */
@Path("/api/v1/tenants/{tenantId}/dunning-effectiveness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dunning effectiveness")
public class EffectivenessResource {

    private final FiguresRequests requests;
    private final TenantFigures figures;

    EffectivenessResource(FiguresRequests requests, TenantFigures figures) {
        this.requests = requests;
        this.figures = figures;
    }

    @GET
    @Operation(summary = "Share of the dunned amount paid within N days after each step, channel, template or tone",
            description = "Over the reminders and escalations taken in the range: items named, their open amount then, and per "
                    + "configured window the amount paid from the step's day to N days after it and its share in percent. "
                    + "A reminder counts for its first channel; templates of one step are its A/B variants.")
    public EffectivenessReport effectiveness(@PathParam("tenantId") String tenantId,
            @QueryParam("currency") @Parameter(description = "ISO 4217 code", required = true, example = "EUR") String currency,
            @QueryParam("by") @Parameter(description = "STEP (default), CHANNEL, TEMPLATE or TONE") String by,
            @QueryParam("from") @Parameter(description = "first day of steps (yyyy-mm-dd); 89 days before `to` by default") String from,
            @QueryParam("to") @Parameter(description = "last day of steps (yyyy-mm-dd); today by default") String to) {
        SeriesQuery query = SeriesQuery.of(tenantId, currency, null, from, to, requests.clock(), requests.settings().zone());
        Dimension dimension = dimension(by);
        List<Integer> windows = requests.settings().effectivenessWindows();
        List<EffectivenessRow> rows = figures.effectiveness(tenantId, query.currency(), dimension, query.from(), query.to())
                .entrySet().stream()
                .map(e -> Effectiveness.of(e.getKey(), e.getValue(), windows))
                .map(e -> new EffectivenessRow(e.value(), e.items(), query.money(e.dunned()), e.paid().stream()
                        .map(p -> new PaidRow(p.withinDays(), query.money(p.amount()), p.share())).toList()))
                .toList();
        return new EffectivenessReport(tenantId, query.currency(), dimension, query.from(), query.to(), rows);
    }

    private static Dimension dimension(String by) {
        if (by == null) {
            return Dimension.STEP;
        }
        try {
            return Dimension.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("by", "by must be STEP, CHANNEL, TEMPLATE or TONE");
        }
    }

    public record EffectivenessReport(String tenantId, String currency, Dimension by, LocalDate from, LocalDate to,
            List<EffectivenessRow> rows) {
    }

    /** @param value the step ({@code policyId/stepName}), channel, template or tone */
    public record EffectivenessRow(String value, long items, Money dunned, List<PaidRow> paid) {
    }

    /** @param share percent of the dunned amount */
    public record PaidRow(int withinDays, Money amount, BigDecimal share) {
    }
}
