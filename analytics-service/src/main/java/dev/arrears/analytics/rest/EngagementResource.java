package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.engagement.Engagement;
import dev.arrears.analytics.query.TenantFigures;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** How the customers received the messages: delivery, open and click rates by step, channel or template. */
@Path("/api/v1/tenants/{tenantId}/message-engagement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dunning effectiveness")
public class EngagementResource {

    private final FiguresRequests requests;
    private final TenantFigures figures;

    EngagementResource(FiguresRequests requests, TenantFigures figures) {
        this.requests = requests;
        this.figures = figures;
    }

    @GET
    @Operation(summary = "Delivery, open and click rates of the messages sent, by step, channel or template",
            description = "Each message counts once, on the day it was sent: sent, delivered (reported, or shown by an open or a "
                    + "click), opened, clicked, bounced, failed. Rates in percent: delivered of sent, opened and clicked of "
                    + "delivered, clicked of opened. Templates of one step are its A/B variants. Opens are known for email only.")
    public EngagementReport engagement(@PathParam("tenantId") String tenantId,
            @QueryParam("by") @Parameter(description = "CHANNEL (default), STEP or TEMPLATE") String by,
            @QueryParam("from") @Parameter(description = "first send day (yyyy-mm-dd); 89 days before `to` by default") String from,
            @QueryParam("to") @Parameter(description = "last send day (yyyy-mm-dd); today by default") String to) {
        DayRange days = DayRange.of(from, to, requests.clock(), requests.settings().zone());
        Dimension dimension = dimension(by);
        List<Engagement> rows = figures.engagement(tenantId, dimension, days.from(), days.to()).entrySet().stream()
                .map(e -> Engagement.of(e.getKey(), e.getValue()))
                .toList();
        return new EngagementReport(tenantId, dimension, days.from(), days.to(), rows);
    }

    private static Dimension dimension(String by) {
        if (by == null) {
            return Dimension.CHANNEL;
        }
        try {
            Dimension dimension = Dimension.valueOf(by.toUpperCase(Locale.ROOT));
            if (dimension != Dimension.TONE) {
                return dimension;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidParameter("by", "by must be CHANNEL, STEP or TEMPLATE");
    }

    public record EngagementReport(String tenantId, Dimension by, LocalDate from, LocalDate to, List<Engagement> rows) {
    }
}
