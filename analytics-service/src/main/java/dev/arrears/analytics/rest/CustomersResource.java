package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.domain.timing.PaymentTiming;
import dev.arrears.analytics.query.CustomerFigures;
import dev.arrears.analytics.query.OverdueCustomer;
import dev.arrears.analytics.query.Placement;
import dev.arrears.contracts.Money;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Figures per customer: the most overdue, and one customer's history. */
@Path("/api/v1/tenants/{tenantId}/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomersResource {

    private final FiguresRequests requests;
    private final CustomerFigures customers;
    private final Placement placement;
    private final Forwarding forwarding;

    CustomersResource(FiguresRequests requests, CustomerFigures customers, Placement placement, Forwarding forwarding) {
        this.requests = requests;
        this.customers = customers;
        this.placement = placement;
        this.forwarding = forwarding;
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "The customers with the most overdue receivables on a day, most first",
            description = "Customers are spread over all partitions: every instance answers for its own, and the one asked merges.")
    public OverdueReport overdue(@Context UriInfo uri, @HeaderParam(Forwarding.FORWARDED) String forwarded,
            @PathParam("tenantId") String tenantId,
            @QueryParam("currency") @Parameter(description = "ISO 4217 code", required = true, example = "EUR") String currency,
            @QueryParam("day") @Parameter(description = "yyyy-mm-dd; today by default") String day,
            @QueryParam("limit") @Parameter(description = "at most this many customers, 10 by default (1–1000)") Integer limit) {
        SeriesQuery query = SeriesQuery.of(tenantId, currency, null, day, day, requests.clock(), requests.settings().zone());
        int count = SeriesQuery.positive("limit", limit, 10, 1000);
        List<OverdueCustomer> most = new ArrayList<>(customers.mostOverdue(tenantId, query.currency(), query.to(), count));
        if (forwarded == null) {
            placement.others().forEach(other -> most.addAll(forwarding.ask(other, uri.getRequestUri(), OverdueReport.class).customers()));
            most.sort(CustomerFigures.MOST_OVERDUE_FIRST);
        }
        return new OverdueReport(tenantId, query.currency(), query.to(), most.subList(0, Math.min(count, most.size())));
    }

    @GET
    @Path("/{customerId}/figures")
    @Operation(summary = "One customer's receivables, aging and payment timing per day",
            description = "Derived on demand from the facts kept for the customer, with the same rules as the tenant's figures.")
    public CustomerSeries figures(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId,
            @QueryParam("currency") @Parameter(description = "ISO 4217 code", required = true, example = "EUR") String currency,
            @QueryParam("from") @Parameter(description = "first day (yyyy-mm-dd); 89 days before `to` by default") String from,
            @QueryParam("to") @Parameter(description = "last day (yyyy-mm-dd); today by default") String to) {
        SeriesQuery query = SeriesQuery.of(tenantId, currency, null, from, to, requests.clock(), requests.settings().zone());
        DailySeries series = customers.series(tenantId, customerId, query.currency());
        if (series.firstDay() == null) {
            throw new NoFigures("customer " + customerId + " of tenant " + tenantId + " has no invoices in " + query.currency());
        }
        List<CustomerDay> days = new ArrayList<>();
        for (LocalDate day : query.days()) {
            Figures at = series.at(day);
            days.add(new CustomerDay(day, query.money(at.get(Metric.RECEIVABLES)),
                    query.money(at.get(Metric.RECEIVABLES).subtract(at.get(Metric.AGING_CURRENT))),
                    query.money(at.get(Metric.DISPUTED)), query.money(at.get(Metric.PROMISED)),
                    Arrays.stream(AgingBucket.values()).map(b -> new AgingResource.Bucket(b.name(), query.money(at.get(b.amountMetric())),
                            at.get(b.itemsMetric()).intValueExact())).toList()));
        }
        PaymentTiming timing = PaymentTiming.of(series, query.from(), query.to());
        return new CustomerSeries(tenantId, customerId, query.currency(), days, query.money(timing.collected()),
                timing.averageDaysToPay(), timing.averageDaysLate(), timing.averageTimeToCollect());
    }

    public record OverdueReport(String tenantId, String currency, LocalDate day, List<OverdueCustomer> customers) {
    }

    /** The days, and how the customer paid over the whole range. */
    public record CustomerSeries(String tenantId, String customerId, String currency, List<CustomerDay> days, Money collected,
            BigDecimal averageDaysToPay, BigDecimal averageDaysLate, BigDecimal averageTimeToCollect) {
    }

    public record CustomerDay(LocalDate day, Money receivables, Money overdue, Money disputed, Money promised,
            List<AgingResource.Bucket> buckets) {
    }
}
