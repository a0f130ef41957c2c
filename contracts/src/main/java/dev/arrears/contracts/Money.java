package dev.arrears.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency.
 *
 * <p>The amount travels as a JSON string ({@code "1250.00"}) so no consumer ever parses it into a binary
 * floating point number. It may not carry more decimals than the currency has (EUR 2, JPY 0, BHD 3).
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Currency iso = currencyOf(currency);
        int digits = iso.getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows (" + digits + ")");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return atCurrencyScale(BigDecimal.ZERO, currency);
    }

    /**
     * The amount shown with exactly the currency's decimals, as read back from a wider database column.
     * Fails rather than rounds if the amount has more significant decimals than the currency allows.
     */
    public static Money atCurrencyScale(BigDecimal amount, String currency) {
        int digits = Math.max(0, currencyOf(currency).getDefaultFractionDigits());
        try {
            return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than " + currency + " allows (" + digits + ")", e);
        }
    }

    /** The ISO 4217 currency, or a clear error for an unknown code. */
    public static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code", e);
        }
    }
}
