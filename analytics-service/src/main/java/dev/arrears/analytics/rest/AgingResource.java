package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.contracts.Money;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Aged receivables: open amount and open items per bucket of days past due, per day. */
@Path("/api/v1/tenants/{tenantId}/aging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aging")
public class AgingResource {

    private final FiguresRequests requests;

    AgingResource(FiguresRequests requests) {
        this.requests = requests;
    }

    @GET
    @Operation(summary = "Aging buckets per day",
            description = "At the end of each day, the open amount and the open items (invoices or installments) in each bucket "
                    + "of days past due: CURRENT (not yet due), DAYS_1_30, DAYS_31_60, DAYS_61_90, DAYS_91_120, OVER_120. "
                    + "The buckets add up to the receivables; ready for a stacked bar chart.")
    public AgingSeries aging(@BeanParam FiguresParameters parameters) {
        SeriesQuery query = requests.query(parameters);
        DailySeries series = requests.series(query);
        List<AgingDay> days = new ArrayList<>();
        for (LocalDate day : query.days()) {
            Figures at = series.at(day);
            List<Bucket> buckets = Arrays.stream(AgingBucket.values())
                    .map(b -> new Bucket(b.name(), query.money(at.get(b.amountMetric())), at.get(b.itemsMetric()).intValueExact()))
                    .toList();
            days.add(new AgingDay(day, query.money(at.get(Metric.RECEIVABLES)), buckets));
        }
        return new AgingSeries(query.tenantId(), query.segment(), query.currency(), days);
    }

    public record AgingSeries(String tenantId, String segment, String currency, List<AgingDay> days) {
    }

    public record AgingDay(LocalDate day, Money receivables, List<Bucket> buckets) {
    }

    /** @param items open invoices or installments in the bucket */
    public record Bucket(String bucket, Money amount, int items) {
    }
}
