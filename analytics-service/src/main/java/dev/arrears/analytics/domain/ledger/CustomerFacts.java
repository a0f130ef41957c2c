package dev.arrears.analytics.domain.ledger;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Collections.unmodifiableSortedMap;

/** A customer's profile and promises; their invoices are kept one by one as {@link ItemFacts}. */
public record CustomerFacts(Profile profile, SortedMap<String, Promise> promises) {

    public static final CustomerFacts UNKNOWN = new CustomerFacts(Profile.UNKNOWN, null);

    public CustomerFacts {
        profile = profile == null ? Profile.UNKNOWN : profile;
        promises = promises == null ? unmodifiableSortedMap(new TreeMap<>()) : unmodifiableSortedMap(new TreeMap<>(promises));
    }

    public CustomerFacts withProfile(Profile newProfile) {
        return new CustomerFacts(newProfile, promises);
    }

    public CustomerFacts withPromise(String id, Promise promise) {
        Map<String, Promise> copy = new TreeMap<>(promises);
        copy.put(id, promise);
        return new CustomerFacts(profile, new TreeMap<>(copy));
    }
}
