package dev.arrears.dunning.domain.fee;

import dev.arrears.contracts.dunning.FeeKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The late-payment terms the law grants a business creditor in one jurisdiction: interest at a reference rate plus a
 * margin, and a one-off compensation for recovery costs. The reference rates themselves are data, in
 * {@link ReferenceRates} under the same code.
 *
 * <p>The compensation is a sum in the law's own currency. An item in another currency gets none: converting it would
 * need an exchange rate and a date the law does not name, which is out of scope. Interest is a percentage and applies
 * in any currency.
 */
enum StatutoryRegime {

    /** Directive 2011/7/EU as such (Art. 2(6) and (7), Art. 6): ECB rate of the half-year + 8 points, EUR 40. */
    EU("8", false, euro40("Directive 2011/7/EU, Art. 6")),
    /** § 288 Abs. 2 and 5 BGB: Basiszinssatz (§ 247 BGB) of the half-year + 9 points, EUR 40. */
    DE("9", false, euro40("§ 288 Abs. 5 BGB")),
    /** Code de commerce art. L441-10 and D441-5: ECB rate on 1 January / 1 July + 10 points, EUR 40. */
    FR("10", false, euro40("Code de commerce, art. L441-10 and D441-5")),
    /**
     * Late Payment of Commercial Debts (Interest) Act 1998 s. 5A and the Rate of Interest (No. 3) Order 2002: Bank of
     * England rate + 8 points, where the rate is the one for the half-year in which the debt became overdue and stays
     * fixed for the whole debt; fixed sum GBP 40 / 70 / 100 by the size of the debt.
     */
    GB("8", true, StatutoryRegime::britishFixedSum);

    private final BigDecimal marginPoints;
    private final boolean rateFixedWhenOverdue;
    private final Function<FeeContext, Optional<AssessedFee>> compensation;

    StatutoryRegime(String marginPoints, boolean rateFixedWhenOverdue,
                    Function<FeeContext, Optional<AssessedFee>> compensation) {
        this.marginPoints = new BigDecimal(marginPoints);
        this.rateFixedWhenOverdue = rateFixedWhenOverdue;
        this.compensation = compensation;
    }

    static Optional<StatutoryRegime> of(String code) {
        return Arrays.stream(values()).filter(regime -> regime.name().equals(code)).findFirst();
    }

    /** The known codes for error messages, e.g. {@code DE, EU, FR, GB}. */
    static String codes() {
        return Arrays.stream(values()).map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** Percentage points added to the reference rate. */
    BigDecimal marginPoints() {
        return marginPoints;
    }

    /** Whether one reference rate, that of the first day of interest, applies for the whole debt. */
    boolean rateFixedWhenOverdue() {
        return rateFixedWhenOverdue;
    }

    /** The one-off compensation for an overdue item with something dunnable, if the law grants one in its currency. */
    Optional<AssessedFee> compensation(FeeContext ctx) {
        return compensation.apply(ctx);
    }

    private static Function<FeeContext, Optional<AssessedFee>> euro40(String law) {
        return ctx -> {
            if (!ctx.currency().equals("EUR")) {
                return Optional.empty();
            }
            return Optional.of(oneOff(new BigDecimal("40.00"), "40.00 EUR flat compensation for recovery costs (" + law + ")"));
        };
    }

    private static Optional<AssessedFee> britishFixedSum(FeeContext ctx) {
        if (!ctx.currency().equals("GBP")) {
            return Optional.empty();
        }
        BigDecimal debt = ctx.dunnableAmount();
        String band;
        BigDecimal sum;
        if (debt.compareTo(new BigDecimal("1000")) < 0) {
            sum = new BigDecimal("40.00");
            band = "under 1000.00 GBP";
        } else if (debt.compareTo(new BigDecimal("10000")) < 0) {
            sum = new BigDecimal("70.00");
            band = "of 1000.00 GBP or more but under 10000.00 GBP";
        } else {
            sum = new BigDecimal("100.00");
            band = "of 10000.00 GBP or more";
        }
        return Optional.of(oneOff(sum, sum.toPlainString() + " GBP fixed sum for a debt " + band
                + " (Late Payment of Commercial Debts (Interest) Act 1998, s. 5A)"));
    }

    private static AssessedFee oneOff(BigDecimal amount, String basis) {
        return new AssessedFee(FeeKind.STATUTORY_COMPENSATION, amount, basis, null, null);
    }
}
