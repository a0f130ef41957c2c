package dev.arrears.dunning.domain.fee;

import dev.arrears.contracts.dunning.FeeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Statutory interest on one item: simple interest on each day's open amount at the reference rate plus the
 * jurisdiction's margin, for the days from the day after the due date (or after the last assessed day) through today.
 *
 * <p>Day count actual/365, also in leap years (actual/366 is not used): a day is 1/365 of the annual rate, as in the
 * worked example of the UK government's guidance on statutory interest. One convention for every jurisdiction keeps
 * assessments comparable and a day's interest the same all year.
 *
 * <p>The days are split where the open amount changes and where the rate changes, so interest keeps running on what a
 * partial payment leaves open, and each piece is listed in the basis. Each piece's {@code amount x percent x days} is
 * exact in {@link BigDecimal}; their sum is divided by 36500 once, straight to the currency's scale with HALF_UP, so
 * the only rounding is that last one. An assessment is therefore off by at most half a minor unit, and two
 * assessments that split a period add up to one over the whole period within one minor unit.
 */
final class InterestAccrual {

    /** 365 days x 100, because rates are in percent. */
    private static final BigDecimal PERCENT_YEAR = BigDecimal.valueOf(36_500);
    private static final String DAY_COUNT = "actual/365";

    private InterestAccrual() {
    }

    /** Empty when no day is left to charge, nothing was open on those days, or the interest rounds to zero. */
    static Optional<AssessedFee> assess(StatutoryRegime regime, ReferenceRates rates, FeeContext ctx) {
        LocalDate first = ctx.dueDate().plusDays(1);
        if (ctx.interestAccruedUntil() != null && !ctx.interestAccruedUntil().isBefore(first)) {
            first = ctx.interestAccruedUntil().plusDays(1);
        }
        LocalDate end = ctx.today().plusDays(1);
        if (!first.isBefore(end)) {
            return Optional.empty();
        }
        List<Piece> pieces = pieces(regime, rates, ctx, first, end);
        BigDecimal numerator = pieces.stream().map(Piece::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = numerator.divide(PERCENT_YEAR, ctx.currencyScale(), RoundingMode.HALF_UP);
        // A zero amount is no fee, and the caller does not move interestAccruedUntil: the days are charged later, with more.
        if (amount.signum() <= 0) {
            return Optional.empty();
        }
        String basis = pieces.stream().map(piece -> piece.describe(ctx.currency())).collect(Collectors.joining("; "));
        return Optional.of(new AssessedFee(FeeKind.INTEREST, amount, basis, first, ctx.today()));
    }

    private static List<Piece> pieces(StatutoryRegime regime, ReferenceRates rates, FeeContext ctx, LocalDate first,
                                      LocalDate end) {
        String jurisdiction = regime.name();
        // Where the rate is fixed when the debt becomes overdue, later assessments still use that first day's rate.
        BigDecimal fixedRate = regime.rateFixedWhenOverdue() ? rates.rateOn(jurisdiction, ctx.dueDate().plusDays(1)) : null;
        List<Piece> pieces = new ArrayList<>();
        for (BalanceHistory.Span span : ctx.history().spans(first, end)) {
            // Nothing open (or a credit): no interest on those days.
            if (span.openAmount().signum() <= 0) {
                continue;
            }
            List<RatePeriod> periods = fixedRate != null
                    ? List.of(new RatePeriod(span.from(), span.to(), fixedRate))
                    : rates.periods(jurisdiction, span.from(), span.to());
            for (RatePeriod period : periods) {
                BigDecimal annualPercent = period.percent().add(regime.marginPoints());
                if (annualPercent.signum() > 0) {
                    pieces.add(new Piece(period.from(), period.to(), span.openAmount(), annualPercent));
                }
            }
        }
        return pieces;
    }

    /** Days {@code from} (inclusive) to {@code to} (exclusive) with one open amount and one annual rate. */
    private record Piece(LocalDate from, LocalDate to, BigDecimal openAmount, BigDecimal annualPercent) {

        long days() {
            return ChronoUnit.DAYS.between(from, to);
        }

        /** The interest times 36500, exactly. */
        BigDecimal numerator() {
            return openAmount.multiply(annualPercent).multiply(BigDecimal.valueOf(days()));
        }

        String describe(String currency) {
            long days = days();
            return percent(annualPercent) + "% p.a. on " + Currencies.format(openAmount, currency)
                    + " from " + from + " to " + to.minusDays(1)
                    + " (" + days + (days == 1 ? " day, " : " days, ") + DAY_COUNT + ")";
        }

        /** 10.15, 12.00, 9.50: at least two decimals, as rates are published. */
        private static String percent(BigDecimal percent) {
            BigDecimal stripped = percent.stripTrailingZeros();
            return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
        }
    }
}
