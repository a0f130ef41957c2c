package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;

import java.math.BigDecimal;

/** Checks on amounts entering the ledger. */
public final class Amounts {

    private Amounts() {
    }

    public static Money requirePositive(String field, Money money) {
        requirePresent(field, money);
        if (money.amount().signum() <= 0) {
            throw new InvalidInput(field, field + " must be positive");
        }
        return money;
    }

    public static Money requireNotNegative(String field, Money money) {
        requirePresent(field, money);
        if (money.amount().signum() < 0) {
            throw new InvalidInput(field, field + " must not be negative");
        }
        return money;
    }

    public static void requireCurrency(String field, Money money, String currency) {
        if (!money.currency().equals(currency)) {
            throw new InvalidInput(field + ".currency", field + " is in " + money.currency() + " but must be in " + currency);
        }
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void requirePresent(String field, Money money) {
        if (money == null) {
            throw new InvalidInput(field, field + " is required");
        }
    }
}
