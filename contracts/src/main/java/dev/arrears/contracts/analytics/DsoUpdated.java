package dev.arrears.contracts.analytics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.EventKey;
import dev.arrears.contracts.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's (or one customer segment's) receivables figures in one currency as they stand at the end of
 * {@link #day()}: the balance, its aging and days sales outstanding over rolling windows.
 *
 * <p>Published on change and at least daily. A late or backdated fact republishes the days it changed,
 * so the latest record for a (tenant, segment, currency, day) is the correct one. Days are decimal strings
 * rounded half-even to two places, absent when undefined (no credit sales in the window).
 *
 * @param segment the customer segment the figures cover, e.g. {@code size=LARGE}, or {@code all}
 * @param currentReceivables the part of {@link #receivables()} not yet due
 * @param aging the open amount and open items per bucket of days past due, {@code CURRENT} first
 * @param windows the figures over each rolling window ending on {@link #day()}, shortest first
 */
public record DsoUpdated(
        String tenantId,
        String segment,
        String currency,
        LocalDate day,
        Money receivables,
        Money currentReceivables,
        Money overdueReceivables,
        List<AgingBucket> aging,
        List<Window> windows) implements ArrearsEvent {

    /** The segment of all the tenant's customers. */
    public static final String ALL_SEGMENTS = "all";

    public DsoUpdated {
        aging = List.copyOf(aging);
        windows = List.copyOf(windows);
    }

    /** Analytics figures belong to a segment of customers, never to one; the key names the segment instead. */
    @JsonIgnore
    @Override
    public String customerId() {
        return null;
    }

    /** {@code tenantId:segment}, so one segment's figures stay in order on one partition. */
    @Override
    public EventKey key() {
        return EventKey.of(tenantId, segment);
    }

    /**
     * @param bucket {@code CURRENT}, {@code DAYS_1_30}, {@code DAYS_31_60}, {@code DAYS_61_90},
     *         {@code DAYS_91_120} or {@code OVER_120}
     * @param count open items (invoices or their installments) in the bucket
     */
    public record AgingBucket(String bucket, Money amount, int count) {
    }

    /**
     * @param days the window's length, ending on the record's day
     * @param creditSales invoiced on credit in the window, net of voided invoices
     * @param dsoStandard receivables / credit sales × days
     * @param dsoCountBack days of the most recent monthly credit sales the receivables account for
     * @param bestPossibleDso current receivables / credit sales × days
     * @param averageDaysDelinquent {@code dsoStandard − bestPossibleDso}
     */
    public record Window(
            int days,
            Money creditSales,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal dsoStandard,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal dsoCountBack,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bestPossibleDso,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageDaysDelinquent) {
    }
}
