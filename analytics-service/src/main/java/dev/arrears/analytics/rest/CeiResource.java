package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.cei.Cei;
import dev.arrears.analytics.domain.cei.CeiFigures;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.domain.series.Period;
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
import java.util.List;

/** Collection effectiveness index per period. */
@Path("/api/v1/tenants/{tenantId}/cei")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CEI")
public class CeiResource {

    private final FiguresRequests requests;

    CeiResource(FiguresRequests requests) {
        this.requests = requests;
    }

    @GET
    @Operation(summary = "Collection effectiveness index per period",
            description = "CEI = (beginning receivables + credit sales − ending total receivables) / (beginning receivables + "
                    + "credit sales − ending current receivables) × 100, per calendar period (cut to the range).")
    public CeiReport cei(@BeanParam FiguresParameters parameters,
            @QueryParam("period") @Parameter(description = "DAY, WEEK, MONTH (default) or QUARTER") String period) {
        SeriesQuery query = requests.query(parameters);
        Period by = FiguresRequests.period(period, Period.MONTH);
        DailySeries series = requests.series(query);
        List<CeiPeriod> periods = by.split(query.from(), query.to()).stream().map(range -> {
            CeiFigures cei = Cei.of(series, range.from(), range.to());
            return new CeiPeriod(cei.from(), cei.to(), query.money(cei.beginningReceivables()), query.money(cei.creditSales()),
                    query.money(cei.endingReceivables()), query.money(cei.endingCurrentReceivables()), cei.cei());
        }).toList();
        return new CeiReport(query.tenantId(), query.segment(), query.currency(), by, periods);
    }

    public record CeiReport(String tenantId, String segment, String currency, Period period, List<CeiPeriod> periods) {
    }

    /** @param cei percent, absent when there was nothing to collect */
    public record CeiPeriod(LocalDate from, LocalDate to, Money beginningReceivables, Money creditSales, Money endingReceivables,
            Money endingCurrentReceivables, BigDecimal cei) {
    }
}
