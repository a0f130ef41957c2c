package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.dso.Dso;
import dev.arrears.analytics.domain.dso.DsoFigures;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.contracts.Money;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Days sales outstanding per day: the DSO trend. */
@Path("/api/v1/tenants/{tenantId}/dso")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "DSO")
public class DsoResource {

    private final FiguresRequests requests;

    DsoResource(FiguresRequests requests) {
        this.requests = requests;
    }

    @GET
    @Operation(summary = "DSO per day over a rolling window",
            description = "For each day: standard DSO = receivables / credit sales of the window × its days; count-back DSO "
                    + "(monthly credit sales taken back from the receivables); best possible DSO = current receivables / "
                    + "credit sales × days; average days delinquent = DSO − best possible DSO. Days are decimal strings, "
                    + "absent when the window has no credit sales.")
    public DsoSeries dso(@BeanParam FiguresParameters parameters,
            @QueryParam("window") @Parameter(description = "window in days, 30 by default", example = "90") Integer window) {
        SeriesQuery query = requests.query(parameters);
        int windowDays = SeriesQuery.positive("window", window, 30, 366);
        DailySeries series = requests.series(query);
        List<DsoDay> days = new ArrayList<>();
        for (LocalDate day : query.days()) {
            DsoFigures dso = Dso.of(series, day, windowDays);
            days.add(new DsoDay(day, query.money(dso.receivables()), query.money(dso.currentReceivables()),
                    query.money(dso.creditSales()), dso.standard(), dso.countBack(), dso.bestPossible(), dso.averageDaysDelinquent()));
        }
        return new DsoSeries(query.tenantId(), query.segment(), query.currency(), windowDays, days);
    }

    public record DsoSeries(String tenantId, String segment, String currency, int windowDays, List<DsoDay> days) {
    }

    /** @param creditSales over the window ending on the day */
    public record DsoDay(LocalDate day, Money receivables, Money currentReceivables, Money creditSales, BigDecimal dsoStandard,
            BigDecimal dsoCountBack, BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent) {
    }
}
