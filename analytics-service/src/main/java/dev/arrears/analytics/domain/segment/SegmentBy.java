package dev.arrears.analytics.domain.segment;

import dev.arrears.analytics.domain.ledger.Profile;

import java.util.function.Function;

/**
 * The dimension of customer master data the tenant's figures are split by. A customer counts in its
 * segment as its master data says now, for every day: a customer that moves moves with its history, so a
 * segment's trend compares like with like.
 */
public enum SegmentBy {
    SIZE("size", Profile::size),
    INDUSTRY("industry", Profile::industry),
    RISK_CLASS("risk", Profile::riskClass);

    /** The segment of all of a tenant's customers. */
    public static final String ALL = "all";

    private static final int MAX_LENGTH = 128;

    private final String prefix;
    private final Function<Profile, String> value;

    SegmentBy(String prefix, Function<Profile, String> value) {
        this.prefix = prefix;
        this.value = value;
    }

    /**
     * The customer's segment as {@code dimension=value}, e.g. {@code size=LARGE} or {@code size=unknown}.
     * Colons and white space become underscores: the segment is part of a record key.
     */
    public String of(Profile profile) {
        String raw = value.apply(profile);
        String clean = raw == null || raw.isBlank() ? "unknown" : raw.replaceAll("[:\\s]", "_");
        String segment = prefix + "=" + clean;
        return segment.length() > MAX_LENGTH ? segment.substring(0, MAX_LENGTH) : segment;
    }
}
