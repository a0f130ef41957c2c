package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.query.SeriesRef;
import dev.arrears.analytics.query.TenantFigures;
import dev.arrears.contracts.Money;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The receivables balance and the flows that move it, per day and over rolling windows. */
@Path("/api/v1/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receivables")
public class ReceivablesResource {

    private final FiguresRequests requests;
    private final TenantFigures figures;

    ReceivablesResource(FiguresRequests requests, TenantFigures figures) {
        this.requests = requests;
        this.figures = figures;
    }

    @GET
    @Path("/series")
    @Operation(summary = "The currencies and segments the tenant has figures in",
            description = "What a dashboard offers to choose from; every other endpoint takes one currency and one segment.")
    public List<SeriesRef> series(@PathParam("tenantId") String tenantId) {
        return figures.seriesOf(tenantId);
    }

    @GET
    @Path("/receivables")
    @Operation(summary = "Receivables per day",
            description = "At the end of each day: open, current (not yet due), overdue and disputed amounts; during it: credit "
                    + "sales (net of voids), payments collected (net of reversals), credit notes and write-offs; and the "
                    + "same flows summed over the rolling windows ending on it.")
    public ReceivablesSeries receivables(@BeanParam FiguresParameters parameters) {
        SeriesQuery query = requests.query(parameters);
        DailySeries series = requests.series(query);
        List<ReceivablesDay> days = new ArrayList<>();
        for (LocalDate day : query.days()) {
            Figures at = series.at(day);
            List<Rolling> rolling = requests.settings().dsoWindows().stream()
                    .map(window -> rolling(query, series.flows(day.minusDays(window - 1L), day), window)).toList();
            Figures flows = series.flows(day, day);
            days.add(new ReceivablesDay(day, query.money(at.get(Metric.RECEIVABLES)), query.money(at.get(Metric.AGING_CURRENT)),
                    query.money(at.get(Metric.RECEIVABLES).subtract(at.get(Metric.AGING_CURRENT))),
                    query.money(at.get(Metric.DISPUTED)), query.money(flows.get(Metric.CREDIT_SALES)),
                    query.money(flows.get(Metric.COLLECTED)), query.money(flows.get(Metric.CREDITED)),
                    query.money(flows.get(Metric.WRITTEN_OFF)), rolling));
        }
        return new ReceivablesSeries(query.tenantId(), query.segment(), query.currency(), query.from(), query.to(), days);
    }

    @GET
    @Path("/receivables-balance/{currency}")
    @Operation(summary = "Open receivables of all the tenant's customers in one currency, today")
    public Money balance(@PathParam("tenantId") String tenantId, @PathParam("currency") String currency) {
        SeriesQuery query = SeriesQuery.of(tenantId, currency, SegmentBy.ALL, null, null, requests.clock(), requests.settings().zone());
        return query.money(requests.series(query).stock(Metric.RECEIVABLES, query.to()));
    }

    private static Rolling rolling(SeriesQuery query, Figures flows, int window) {
        return new Rolling(window, query.money(flows.get(Metric.CREDIT_SALES)), query.money(flows.get(Metric.COLLECTED)),
                query.money(flows.get(Metric.CREDITED)), query.money(flows.get(Metric.WRITTEN_OFF)));
    }

    public record ReceivablesSeries(String tenantId, String segment, String currency, LocalDate from, LocalDate to,
            List<ReceivablesDay> days) {
    }

    /** One day: balances at its end, flows during it. */
    public record ReceivablesDay(LocalDate day, Money receivables, Money current, Money overdue, Money disputed, Money creditSales,
            Money collected, Money credited, Money writtenOff, List<Rolling> rolling) {
    }

    /** Flows over the {@code days} ending on the day. */
    public record Rolling(int days, Money creditSales, Money collected, Money credited, Money writtenOff) {
    }
}
