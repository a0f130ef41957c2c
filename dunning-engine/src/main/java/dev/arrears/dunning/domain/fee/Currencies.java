package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** ISO 4217 checks shared by the rules and the calculator: which codes are currencies, and how many decimals they have. */
final class Currencies {

    private Currencies() {
    }

    /** The number of decimals of an invoice currency (EUR 2, JPY 0, BHD 3). */
    static int scaleOf(String code) {
        Optional<String> problem = problemWith(code);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** Why a code is no invoice currency, or empty when it is one. */
    static Optional<String> problemWith(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.of("currency '" + code + "' is not an ISO 4217 code");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return Optional.of("currency '" + code + "' is not an ISO 4217 code");
        }
        // Gold (XAU), SDRs (XDR) and the like have no minor unit: nobody is invoiced in them.
        if (currency.getDefaultFractionDigits() < 0) {
            return Optional.of("currency '" + code + "' has no minor unit and cannot be invoiced");
        }
        return Optional.empty();
    }

    /** Why an amount configured in a rule is unusable, or empty when it is fine; the currency must be valid. */
    static Optional<String> amountProblem(String field, String code, BigDecimal amount) {
        if (amount == null) {
            return Optional.of(field + " is required");
        }
        if (amount.signum() < 0) {
            return Optional.of(field + " must not be negative, got " + amount.toPlainString());
        }
        int scale = Currency.getInstance(code).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            return Optional.of(field + " " + amount.toPlainString() + " has more decimals than " + code + " allows (" + scale + ")");
        }
        return Optional.empty();
    }

    /** An amount as an invoice shows it: at least the currency's decimals, never fewer. */
    static String format(BigDecimal amount, String code) {
        int scale = Currency.getInstance(code).getDefaultFractionDigits();
        return (amount.scale() < scale ? amount.setScale(scale) : amount).toPlainString() + " " + code;
    }
}
