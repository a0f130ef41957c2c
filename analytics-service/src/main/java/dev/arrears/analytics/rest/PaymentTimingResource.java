package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.domain.series.Period;
import dev.arrears.analytics.domain.timing.PaymentTiming;
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

/** How long customers take to pay, per period. */
@Path("/api/v1/tenants/{tenantId}/payment-timing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment timing")
public class PaymentTimingResource {

    private final FiguresRequests requests;

    PaymentTimingResource(FiguresRequests requests) {
        this.requests = requests;
    }

    @GET
    @Operation(summary = "Average days to pay, days late and time to collect per period",
            description = "Over the payments with a value date in the period, weighted by amount: days from issue to payment, "
                    + "days past due (0 for paid on time), and for the amounts paid late only, days from due date to payment.")
    public TimingReport timing(@BeanParam FiguresParameters parameters,
            @QueryParam("period") @Parameter(description = "DAY, WEEK, MONTH (default) or QUARTER") String period) {
        SeriesQuery query = requests.query(parameters);
        Period by = FiguresRequests.period(period, Period.MONTH);
        DailySeries series = requests.series(query);
        List<TimingPeriod> periods = by.split(query.from(), query.to()).stream().map(range -> {
            PaymentTiming timing = PaymentTiming.of(series, range.from(), range.to());
            return new TimingPeriod(range.from(), range.to(), query.money(timing.collected()), query.money(timing.collectedLate()),
                    timing.averageDaysToPay(), timing.averageDaysLate(), timing.averageTimeToCollect());
        }).toList();
        return new TimingReport(query.tenantId(), query.segment(), query.currency(), by, periods);
    }

    public record TimingReport(String tenantId, String segment, String currency, Period period, List<TimingPeriod> periods) {
    }

    public record TimingPeriod(LocalDate from, LocalDate to, Money collected, Money collectedLate, BigDecimal averageDaysToPay,
            BigDecimal averageDaysLate, BigDecimal averageTimeToCollect) {
    }
}
