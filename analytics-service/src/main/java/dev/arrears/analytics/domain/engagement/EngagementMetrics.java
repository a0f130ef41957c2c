package dev.arrears.analytics.domain.engagement;

/** Names of the engagement figures: messages counted once each, on the day they were sent. */
public final class EngagementMetrics {

    public static final String SENT = "SENT";
    public static final String DELIVERED = "DELIVERED";
    public static final String OPENED = "OPENED";
    public static final String CLICKED = "CLICKED";
    public static final String BOUNCED = "BOUNCED";
    public static final String FAILED = "FAILED";

    private EngagementMetrics() {
    }
}
