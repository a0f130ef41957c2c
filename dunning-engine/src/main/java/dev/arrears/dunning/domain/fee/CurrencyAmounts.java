package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Amounts keyed by currency code, as the rules hold them: copied, sorted by code, and checked entry by entry. */
final class CurrencyAmounts {

    private CurrencyAmounts() {
    }

    /**
     * An unmodifiable copy sorted by code, so problems and JSON always come out in the same order. Unlike
     * {@link Map#copyOf} it keeps null amounts, which {@code problems()} then reports instead of the constructor
     * failing without saying which currency was wrong.
     */
    static Map<String, BigDecimal> copy(Map<String, BigDecimal> amounts) {
        return amounts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(amounts));
    }

    /** Adds one sentence per bad code or amount, naming the entry as {@code field.CODE}. */
    static void addProblems(String field, Map<String, BigDecimal> amounts, List<String> problems) {
        amounts.forEach((code, amount) -> Currencies.problemWith(code).ifPresentOrElse(
                problem -> problems.add(field + ": " + problem),
                () -> Currencies.amountProblem(field + "." + code, code, amount).ifPresent(problems::add)));
    }
}
