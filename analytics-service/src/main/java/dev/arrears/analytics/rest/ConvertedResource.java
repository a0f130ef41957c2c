package dev.arrears.analytics.rest;

import dev.arrears.analytics.domain.aging.AgingBucket;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.analytics.query.SeriesRef;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aged receivables of every currency on one day, and their total in one currency at rates the caller
 * supplies: figures are kept per currency, and no rate is assumed.
 */
@Path("/api/v1/tenants/{tenantId}/aging/converted")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aging")
public class ConvertedResource {

    private final FiguresRequests requests;
    private final TenantFigures figures;

    ConvertedResource(FiguresRequests requests, TenantFigures figures) {
        this.requests = requests;
        this.figures = figures;
    }

    @GET
    @Operation(summary = "Aged receivables of all currencies on a day, converted to one at the rates given",
            description = "Each currency's buckets as kept, and their sum in `to`: amount × rate, rounded half-even to the "
                    + "currency's decimals per bucket. Every currency the tenant has figures in needs a rate.")
    public ConvertedAging converted(@PathParam("tenantId") String tenantId,
            @QueryParam("to") @Parameter(description = "ISO 4217 code to convert to", required = true, example = "EUR") String to,
            @QueryParam("rates") @Parameter(description = "units of `to` per unit of each other currency", required = true,
                    example = "USD:0.92,GBP:1.17") String rates,
            @QueryParam("segment") @Parameter(description = "dimension=value, or all (default)") String segment,
            @QueryParam("day") @Parameter(description = "yyyy-mm-dd; today by default") String day) {
        String target = SeriesQuery.currency(to);
        LocalDate on = DayRange.of(day, day, requests.clock(), requests.settings().zone()).to();
        String seg = segment == null || segment.isBlank() ? SegmentBy.ALL : segment;
        Map<String, BigDecimal> rateOf = rates(target, rates);
        List<CurrencyAging> currencies = new ArrayList<>();
        Map<AgingBucket, BigDecimal> total = new LinkedHashMap<>();
        for (SeriesRef ref : figures.seriesOf(tenantId)) {
            if (!ref.segment().equals(seg)) {
                continue;
            }
            BigDecimal rate = rateOf.get(ref.currency());
            if (rate == null) {
                throw new InvalidParameter("rates", "no rate for " + ref.currency() + " to " + target);
            }
            Figures at = figures.series(tenantId, ref.currency(), seg, on).at(on);
            Map<String, Money> buckets = new LinkedHashMap<>();
            for (AgingBucket bucket : AgingBucket.values()) {
                BigDecimal amount = at.get(bucket.amountMetric());
                buckets.put(bucket.name(), Money.atCurrencyScale(amount, ref.currency()));
                total.merge(bucket, convert(amount, rate, target), BigDecimal::add);
            }
            currencies.add(new CurrencyAging(ref.currency(), rate, buckets));
        }
        Map<String, Money> converted = new LinkedHashMap<>();
        total.forEach((bucket, amount) -> converted.put(bucket.name(), new Money(amount, target)));
        return new ConvertedAging(tenantId, seg, on, target, currencies, converted);
    }

    private static BigDecimal convert(BigDecimal amount, BigDecimal rate, String target) {
        int scale = Math.max(0, Money.currencyOf(target).getDefaultFractionDigits());
        return amount.multiply(rate).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** {@code USD:0.92,GBP:1.17}, plus the target currency at 1. */
    private static Map<String, BigDecimal> rates(String target, String rates) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        parsed.put(target, BigDecimal.ONE);
        if (rates == null || rates.isBlank()) {
            return parsed;
        }
        for (String pair : rates.split(",")) {
            String[] parts = pair.trim().split(":");
            try {
                BigDecimal rate = new BigDecimal(parts[1]);
                if (parts.length != 2 || rate.signum() <= 0) {
                    throw new NumberFormatException();
                }
                parsed.put(SeriesQuery.currency(parts[0]), rate);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidParameter("rates", "'" + pair + "' is not CURRENCY:positive rate");
            }
        }
        return parsed;
    }

    /** @param converted each bucket summed over the currencies in {@code to} */
    public record ConvertedAging(String tenantId, String segment, LocalDate day, String to, List<CurrencyAging> currencies,
            Map<String, Money> converted) {
    }

    /** @param rate units of the target currency per unit of this one */
    public record CurrencyAging(String currency, BigDecimal rate, Map<String, Money> buckets) {
    }
}
