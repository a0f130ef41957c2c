package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.engagement.MessageFacts;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.ledger.CustomerFacts;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.series.DatedFigures;
import dev.arrears.analytics.publish.SeriesState;
import org.apache.kafka.common.serialization.Serde;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The state stores and how their keys are spelt. Keys are {@code :}-separated and sort by day last, so a
 * range scan over a prefix reads one series in day order. Tenant and customer ids never contain a colon;
 * free text (segments, template names) is URL-encoded so it cannot either.
 */
public final class StateStores {

    /** Per customer ({@code tenant:customer}): profile and promises. Partitioned like the event topics. */
    public static final String CUSTOMERS = "analytics-customers";
    /** Per invoice ({@code tenant:customer:invoice}): every fact about it. Partitioned like the event topics. */
    public static final String ITEMS = "analytics-items";
    /** Per message ({@code tenant:customer:message}): what happened to it. Partitioned like the event topics. */
    public static final String MESSAGES = "analytics-messages";
    /**
     * Per customer and currency ({@code tenant:customer:currency}): the dated changes of the customer's balance
     * and aging, so the most overdue customers are found with one read each. Partitioned like the event topics.
     */
    public static final String CUSTOMER_BALANCES = "analytics-customer-balances";
    /** Per tenant, currency, segment and day: the change of every figure. Partitioned by tenant. */
    public static final String DAILY = "analytics-daily";
    /** Per tenant, currency, dimension, value and day of the step: dunning effectiveness. Partitioned by tenant. */
    public static final String EFFECTIVENESS = "analytics-effectiveness";
    /** Per tenant, dimension, value and send day: how the messages were received. Partitioned by tenant. */
    public static final String ENGAGEMENT = "analytics-engagement";
    /** Per tenant, currency and segment: which days of DSO figures are still to publish. Partitioned by tenant. */
    public static final String SERIES = "analytics-series";

    static final Serde<CustomerFacts> CUSTOMER_SERDE = JsonSerde.of(CustomerFacts.class);
    static final Serde<ItemFacts> ITEM_SERDE = JsonSerde.of(ItemFacts.class);
    static final Serde<Figures> FIGURES_SERDE = JsonSerde.of(Figures.class);
    static final Serde<DatedFigures> DATED_SERDE = JsonSerde.of(DatedFigures.class);
    static final Serde<MessageFacts> MESSAGE_SERDE = JsonSerde.of(MessageFacts.class);
    static final Serde<SeriesState> SERIES_SERDE = JsonSerde.of(SeriesState.class);

    private static final String SEPARATOR = ":";
    /** Sorts after every ISO date: the upper end of a range over a whole series. */
    private static final String AFTER_ALL_DAYS = "~";

    private StateStores() {
    }

    public static String customer(String tenantId, String customerId) {
        return tenantId + SEPARATOR + customerId;
    }

    public static String item(String tenantId, String customerId, String invoiceId) {
        return customer(tenantId, customerId) + SEPARATOR + invoiceId;
    }

    /** Every item of one customer, or with {@code customerId == null} of one tenant. */
    public static String itemPrefix(String tenantId, String customerId) {
        return customerId == null ? tenantId + SEPARATOR : customer(tenantId, customerId) + SEPARATOR;
    }

    public static String customerBalance(String tenantId, String customerId, String currency) {
        return customer(tenantId, customerId) + SEPARATOR + currency;
    }

    /** The customer part of an item or customer balance key. */
    public static String customerOfItem(String itemKey) {
        String[] parts = itemKey.split(SEPARATOR, 3);
        return parts[1];
    }

    public static String series(String tenantId, String currency, String segment) {
        return tenantId + SEPARATOR + currency + SEPARATOR + encode(segment);
    }

    /** Tenant, currency and segment of a series key. */
    public static String[] seriesParts(String seriesKey) {
        String[] parts = seriesKey.split(SEPARATOR, 3);
        return new String[] {parts[0], parts[1], decode(parts[2])};
    }

    public static String effectiveness(String tenantId, String currency, Dimension dimension, String value) {
        return tenantId + SEPARATOR + currency + SEPARATOR + dimension + SEPARATOR + encode(value);
    }

    /** Every value of one dimension. */
    public static String effectivenessPrefix(String tenantId, String currency, Dimension dimension) {
        return tenantId + SEPARATOR + currency + SEPARATOR + dimension + SEPARATOR;
    }

    /** Value and day of an effectiveness key. */
    public static String[] valueAndDay(String effectivenessKey) {
        String[] parts = effectivenessKey.split(SEPARATOR, 5);
        return new String[] {decode(parts[3]), parts[4]};
    }

    public static String message(String tenantId, String customerId, String messageId) {
        return customer(tenantId, customerId) + SEPARATOR + messageId;
    }

    public static String engagement(String tenantId, Dimension dimension, String value) {
        return tenantId + SEPARATOR + dimension + SEPARATOR + encode(value);
    }

    /** Every value of one dimension. */
    public static String engagementPrefix(String tenantId, Dimension dimension) {
        return tenantId + SEPARATOR + dimension + SEPARATOR;
    }

    /** Value of an engagement key. */
    public static String engagementValue(String engagementKey) {
        return decode(engagementKey.split(SEPARATOR, 4)[2]);
    }

    /** A series (daily, effectiveness or engagement) on one day. */
    public static String onDay(String seriesKey, LocalDate day) {
        return seriesKey + SEPARATOR + day;
    }

    /** First key of a series in a range scan. */
    public static String first(String seriesKey) {
        return seriesKey + SEPARATOR;
    }

    /** Last key of a series up to and including {@code day}, or of all of it when {@code day == null}. */
    public static String last(String seriesKey, LocalDate day) {
        return seriesKey + SEPARATOR + (day == null ? AFTER_ALL_DAYS : day.toString());
    }

    /** The day of a daily or effectiveness key. */
    public static LocalDate dayOf(String key) {
        return LocalDate.parse(key.substring(key.lastIndexOf(SEPARATOR) + 1));
    }

    static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
