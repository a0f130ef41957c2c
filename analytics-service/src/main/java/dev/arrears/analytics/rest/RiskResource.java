package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.promise.PromiseRates;
import dev.arrears.analytics.domain.risk.RiskClass;
import dev.arrears.analytics.domain.risk.RiskWeights;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Receivables at risk, disputed and promised amounts, and how promises turned out. */
@Path("/api/v1/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk")
public class RiskResource {

    private final FiguresRequests requests;

    RiskResource(FiguresRequests requests) {
        this.requests = requests;
    }

    @GET
    @Path("/risk")
    @Operation(summary = "Receivables at risk, disputed and promised amounts per day",
            description = "At the end of each day: overdue receivables per customer risk class, at risk = Σ overdue × weight of the "
                    + "class (weights in the response, configured per deployment), the open amount under dispute and the amount "
                    + "promised by promises neither kept nor broken yet.")
    public RiskSeries risk(@BeanParam FiguresParameters parameters) {
        SeriesQuery query = requests.query(parameters);
        DailySeries series = requests.series(query);
        RiskWeights weights = requests.settings().riskWeights();
        int scale = query.money(BigDecimal.ZERO).amount().scale();
        List<RiskDay> days = new ArrayList<>();
        for (LocalDate day : query.days()) {
            Figures at = series.at(day);
            Map<String, Money> byClass = new LinkedHashMap<>();
            RiskWeights.overdueByClass(at).forEach((riskClass, amount) -> byClass.put(riskClass.name(), query.money(amount)));
            BigDecimal overdue = at.get(Metric.RECEIVABLES).subtract(at.get(Metric.AGING_CURRENT));
            days.add(new RiskDay(day, query.money(overdue), byClass, query.money(weights.atRisk(at, scale)),
                    query.money(at.get(Metric.DISPUTED)), query.money(at.get(Metric.PROMISED))));
        }
        Map<String, BigDecimal> weightsByClass = new LinkedHashMap<>();
        for (RiskClass riskClass : RiskClass.values()) {
            weightsByClass.put(riskClass.name(), weights.of(riskClass));
        }
        return new RiskSeries(query.tenantId(), query.segment(), query.currency(), weightsByClass, days);
    }

    @GET
    @Path("/promises")
    @Operation(summary = "Promises to pay that came due per period, and the share broken",
            description = "A promise is kept when the money paid on its invoices since it was made reaches the promised amount, "
                    + "or nothing is left open on them, by the promised date plus the grace days; otherwise it is broken the "
                    + "day after. Rates are percent by count and by amount.")
    public PromiseReport promises(@BeanParam FiguresParameters parameters,
            @QueryParam("period") @Parameter(description = "DAY, WEEK, MONTH (default) or QUARTER") String period) {
        SeriesQuery query = requests.query(parameters);
        Period by = FiguresRequests.period(period, Period.MONTH);
        DailySeries series = requests.series(query);
        List<PromisePeriod> periods = by.split(query.from(), query.to()).stream().map(range -> {
            PromiseRates rates = PromiseRates.of(series, range.from(), range.to());
            return new PromisePeriod(range.from(), range.to(), query.money(rates.promisedAtEnd()), rates.kept(), rates.broken(),
                    query.money(rates.keptAmount()), query.money(rates.brokenAmount()), rates.brokenRate(), rates.brokenAmountRate());
        }).toList();
        return new PromiseReport(query.tenantId(), query.segment(), query.currency(), by, periods);
    }

    public record RiskSeries(String tenantId, String segment, String currency, Map<String, BigDecimal> weights, List<RiskDay> days) {
    }

    public record RiskDay(LocalDate day, Money overdue, Map<String, Money> overdueByRiskClass, Money atRisk, Money disputed,
            Money promised) {
    }

    public record PromiseReport(String tenantId, String segment, String currency, Period period, List<PromisePeriod> periods) {
    }

    /** @param promisedAtEnd still promised (neither kept nor broken) at the end of the period */
    public record PromisePeriod(LocalDate from, LocalDate to, Money promisedAtEnd, long kept, long broken, Money keptAmount,
            Money brokenAmount, BigDecimal brokenRate, BigDecimal brokenAmountRate) {
    }
}
