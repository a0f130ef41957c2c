package dev.arrears.analytics.domain.engagement;

import dev.arrears.analytics.domain.Days;
import dev.arrears.analytics.domain.figures.Figures;

import java.math.BigDecimal;

/**
 * How the messages of one step, channel or template sent in a period were received. Rates are percent:
 * delivery of the sent, opens and clicks of the delivered (the provider's tracking tells opens for email
 * only), clicks of the opened.
 */
public record Engagement(String value, long sent, long delivered, long opened, long clicked, long bounced, long failed,
        BigDecimal deliveryRate, BigDecimal openRate, BigDecimal clickRate, BigDecimal clickToOpenRate) {

    public static Engagement of(String value, Figures sum) {
        BigDecimal sent = sum.get(EngagementMetrics.SENT);
        BigDecimal delivered = sum.get(EngagementMetrics.DELIVERED);
        BigDecimal opened = sum.get(EngagementMetrics.OPENED);
        BigDecimal clicked = sum.get(EngagementMetrics.CLICKED);
        return new Engagement(value, sent.longValueExact(), delivered.longValueExact(), opened.longValueExact(),
                clicked.longValueExact(), sum.get(EngagementMetrics.BOUNCED).longValueExact(),
                sum.get(EngagementMetrics.FAILED).longValueExact(), Days.percent(delivered, sent), Days.percent(opened, delivered),
                Days.percent(clicked, delivered), Days.percent(clicked, opened));
    }
}
