package dev.arrears.contracts;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding (binary content mode).
 *
 * <p>The payload is the event record as JSON; these headers carry the envelope, so a consumer can route,
 * deduplicate and trace an event without parsing its body.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Per the binding, the data content type travels in the plain {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    /** Headers on dead-letter records: why the consumer gave up, and where the record came from. */
    public static final String DLQ_REASON = "dlq_reason";
    public static final String DLQ_EXCEPTION = "dlq_exception";
    public static final String DLQ_ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq_original_offset";

    private CloudEventHeaders() {
    }
}
