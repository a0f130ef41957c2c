package dev.arrears.analytics.config;

import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.risk.RiskWeights;
import dev.arrears.analytics.domain.segment.SegmentBy;
import dev.arrears.analytics.publish.PublishSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** How the analytics cut, judge and publish the figures ({@code arrears.analytics.*}). */
@ConfigMapping(prefix = "arrears.analytics")
public interface AnalyticsConfig {

    /** The master data the tenant's figures are split by besides {@code all}: SIZE, INDUSTRY or RISK_CLASS. */
    @WithDefault("SIZE")
    SegmentBy segmentBy();

    /** The reporting calendar ("today", published days), and the zone of customers whose zone is unknown. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Days after a promised date before the promise counts as broken; the dunning engine's setting. */
    @WithDefault("3")
    int promiseGraceDays();

    /** The N of "paid within N days after a dunning step". Changing it applies to facts processed afterwards. */
    @WithDefault("7,14")
    List<Integer> effectivenessWindows();

    /** Rolling windows (days) of DSO and of rolling sums. */
    @WithDefault("30,90")
    List<Integer> dsoWindows();

    RiskWeightsConfig riskWeights();

    Publish publish();

    default AnalyticsSettings settings() {
        RiskWeightsConfig weights = riskWeights();
        return new AnalyticsSettings(segmentBy(), zone(), promiseGraceDays(), effectivenessWindows(), dsoWindows(),
                new RiskWeights(weights.low(), weights.medium(), weights.high(), weights.unrated()));
    }

    default PublishSettings publishSettings() {
        return new PublishSettings(publish().interval(), publish().maxDaysBack());
    }

    /** Share of an overdue amount at risk, by the customer's risk class; applied when figures are read. */
    interface RiskWeightsConfig {
        @WithDefault("0.10")
        BigDecimal low();

        @WithDefault("0.30")
        BigDecimal medium();

        @WithDefault("0.60")
        BigDecimal high();

        /** Customers without a risk class. */
        @WithDefault("0.30")
        BigDecimal unrated();
    }

    /** The DSO stream on {@code arrears.analytics.dso}. */
    interface Publish {
        /** Changes are published together at most this often (wall-clock time). */
        @WithDefault("5s")
        Duration interval();

        /** How far back a backdated fact republishes days on the stream. */
        @WithDefault("31")
        int maxDaysBack();
    }
}
