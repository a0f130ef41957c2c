package dev.arrears.dunning.domain.fee;

import dev.arrears.contracts.dunning.FeeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a late fee rule and the facts of one item into the fees to charge today. Pure: no clock and no I/O, the
 * reference rates are given once, so the same rule, facts and day always give the same fees.
 *
 * <p>Nothing is charged until the day after the due date. Fixed and percentage fees are charged each time the rule is
 * applied (the dunning step that applies it decides when), and only while something is dunnable. The statutory
 * compensation is charged once per invoice, while something is dunnable. Interest is charged for the days not yet
 * assessed, also when the item has since been paid: the days it was late stay owed.
 */
public final class FeeCalculator {

    private final ReferenceRates rates;

    public FeeCalculator(ReferenceRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * @return the fees to charge, positive and at the currency's scale; a statutory rule gives the compensation before
     *         the interest; empty when the item is not overdue or nothing is owed
     * @throws IllegalArgumentException if the rule has {@linkplain LateFeeRule#problems() problems}
     * @throws NoReferenceRate if interest is owed for a day before the rate table starts
     */
    public List<AssessedFee> assess(LateFeeRule rule, FeeContext ctx) {
        List<String> problems = rule.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid late fee rule: " + String.join("; ", problems));
        }
        if (!ctx.overdue()) {
            return List.of();
        }
        if (rule instanceof LateFeeRule.Fixed fixed) {
            return fixed(fixed, ctx);
        }
        if (rule instanceof LateFeeRule.Percentage percentage) {
            return percentage(percentage, ctx);
        }
        return statutory((LateFeeRule.Statutory) rule, ctx);
    }

    private static List<AssessedFee> fixed(LateFeeRule.Fixed rule, FeeContext ctx) {
        BigDecimal amount = rule.amountByCurrency().get(ctx.currency());
        if (amount == null || amount.signum() == 0 || ctx.dunnableAmount().signum() <= 0) {
            return List.of();
        }
        // problems() allowed no more decimals than the currency has, so this only adds trailing zeros.
        BigDecimal fee = amount.setScale(ctx.currencyScale(), RoundingMode.UNNECESSARY);
        return List.of(oneOff(FeeKind.FIXED, fee, "flat late fee of " + Currencies.format(fee, ctx.currency())));
    }

    private static List<AssessedFee> percentage(LateFeeRule.Percentage rule, FeeContext ctx) {
        BigDecimal dunnable = ctx.dunnableAmount();
        if (dunnable.signum() <= 0) {
            return List.of();
        }
        String currency = ctx.currency();
        BigDecimal exact = dunnable.multiply(rule.percent()).movePointLeft(2);
        String basis = rule.percent().stripTrailingZeros().toPlainString() + "% of " + Currencies.format(dunnable, currency);
        BigDecimal minimum = rule.minimumByCurrency().get(currency);
        BigDecimal maximum = rule.maximumByCurrency().get(currency);
        // Clamped before rounding; the limits have the currency's decimals, so rounding cannot cross them again.
        if (minimum != null && exact.compareTo(minimum) < 0) {
            exact = minimum;
            basis += ", raised to the minimum of " + Currencies.format(minimum, currency);
        } else if (maximum != null && exact.compareTo(maximum) > 0) {
            exact = maximum;
            basis += ", capped at the maximum of " + Currencies.format(maximum, currency);
        }
        BigDecimal fee = exact.setScale(ctx.currencyScale(), RoundingMode.HALF_UP);
        return fee.signum() == 0 ? List.of() : List.of(oneOff(FeeKind.PERCENTAGE, fee, basis));
    }

    private List<AssessedFee> statutory(LateFeeRule.Statutory rule, FeeContext ctx) {
        StatutoryRegime regime = StatutoryRegime.of(rule.jurisdiction()).orElseThrow();
        List<AssessedFee> fees = new ArrayList<>();
        if (!ctx.compensationAlreadyAssessed() && ctx.dunnableAmount().signum() > 0) {
            regime.compensation(ctx).ifPresent(fees::add);
        }
        InterestAccrual.assess(regime, rates, ctx).ifPresent(fees::add);
        return fees;
    }

    private static AssessedFee oneOff(FeeKind kind, BigDecimal amount, String basis) {
        return new AssessedFee(kind, amount, basis, null, null);
    }
}
