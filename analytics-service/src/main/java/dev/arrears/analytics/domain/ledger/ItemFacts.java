package dev.arrears.analytics.domain.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Collections.unmodifiableSortedMap;

/**
 * Everything known about one invoice, each fact under its own id (payment, reversal, credit note, dispute,
 * reminder), so a redelivered event replaces itself instead of counting twice and the order in which facts
 * arrive does not matter: the invoice's history is derived from the whole set every time.
 *
 * @param currency from the first fact that named an amount
 * @param issued {@code null} until the invoice itself arrived; until then the invoice contributes nothing
 * @param restated the terms after the latest adjustment, or {@code null}
 * @param restatedAt when that adjustment was made, so an older one delivered again does not undo a newer
 * @param voidedAt when the invoice was voided, or {@code null}
 */
public record ItemFacts(
        String invoiceId,
        String currency,
        Terms issued,
        Terms restated,
        Instant restatedAt,
        Instant voidedAt,
        SortedMap<String, Movement> movements,
        SortedMap<String, Dispute> disputes,
        SortedMap<String, DunningStep> steps) {

    public ItemFacts {
        movements = copy(movements);
        disputes = copy(disputes);
        steps = copy(steps);
    }

    public static ItemFacts unknown(String invoiceId) {
        return new ItemFacts(invoiceId, null, null, null, null, null, null, null, null);
    }

    /** The terms in force: as last adjusted, with the original issue date. */
    public Terms terms() {
        if (issued == null) {
            return null;
        }
        return restated == null ? issued : new Terms(issued.issueDate(), restated.installments());
    }

    public ItemFacts withCurrency(String code) {
        return currency != null ? this : new ItemFacts(invoiceId, code, issued, restated, restatedAt, voidedAt, movements, disputes, steps);
    }

    public ItemFacts withIssued(Terms terms, String code) {
        return new ItemFacts(invoiceId, code, terms, restated, restatedAt, voidedAt, movements, disputes, steps);
    }

    public ItemFacts withRestated(Terms terms, Instant at) {
        if (restatedAt != null && at.isBefore(restatedAt)) {
            return this;
        }
        return new ItemFacts(invoiceId, currency, issued, terms, at, voidedAt, movements, disputes, steps);
    }

    public ItemFacts withVoidedAt(Instant at) {
        return new ItemFacts(invoiceId, currency, issued, restated, restatedAt, at, movements, disputes, steps);
    }

    public ItemFacts withMovement(String id, Movement movement) {
        return new ItemFacts(invoiceId, currency, issued, restated, restatedAt, voidedAt, put(movements, id, movement), disputes, steps);
    }

    public ItemFacts withDispute(String id, Dispute dispute) {
        return new ItemFacts(invoiceId, currency, issued, restated, restatedAt, voidedAt, movements, put(disputes, id, dispute), steps);
    }

    public ItemFacts withStep(String id, DunningStep step) {
        return new ItemFacts(invoiceId, currency, issued, restated, restatedAt, voidedAt, movements, disputes, put(steps, id, step));
    }

    private static <V> SortedMap<String, V> copy(Map<String, V> map) {
        return map == null ? unmodifiableSortedMap(new TreeMap<>()) : unmodifiableSortedMap(new TreeMap<>(map));
    }

    private static <V> SortedMap<String, V> put(Map<String, V> map, String id, V value) {
        TreeMap<String, V> copy = new TreeMap<>(map);
        copy.put(id, value);
        return copy;
    }
}
