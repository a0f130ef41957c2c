package dev.arrears.outbox.relay;

import dev.arrears.contracts.CloudEventHeaders;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One outbox row as captured from the WAL, and the Kafka record it becomes: exactly what the Kafka Connect
 * Outbox Event Router produces from the same row with deploy/connect's configuration — the header
 * {@code id} (the router always adds the event id), then the CloudEvents columns in the order
 * {@link dev.arrears.contracts.EventEnvelope#headers()} gives them.
 */
public record OutboxRecord(String topic, String key, Map<String, String> headers, String payload) {

    /** The header in which Debezium's Outbox Event Router always places the event id. */
    static final String EVENT_ROUTER_ID_HEADER = "id";

    private static final Map<String, String> HEADER_COLUMNS = headerColumns();

    /** The record of an inserted row; empty for updates, deletes (pruning) and tombstones. */
    public static Optional<OutboxRecord> of(SourceRecord change) {
        if (!(change.value() instanceof Struct value)) {
            return Optional.empty();
        }
        String op = value.getString("op");
        if (!"c".equals(op) && !"r".equals(op)) {
            return Optional.empty();
        }
        Struct row = value.getStruct("after");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EVENT_ROUTER_ID_HEADER, row.getString("ce_id"));
        HEADER_COLUMNS.forEach((column, header) -> {
            String v = row.getString(column);
            if (v != null) {
                headers.put(header, v);
            }
        });
        return Optional.of(new OutboxRecord(row.getString("topic"), row.getString("record_key"), headers, row.getString("payload")));
    }

    public String eventId() {
        return headers.get(CloudEventHeaders.ID);
    }

    private static Map<String, String> headerColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("ce_id", CloudEventHeaders.ID);
        columns.put("ce_type", CloudEventHeaders.TYPE);
        columns.put("ce_source", CloudEventHeaders.SOURCE);
        columns.put("ce_time", CloudEventHeaders.TIME);
        columns.put("ce_subject", CloudEventHeaders.SUBJECT);
        columns.put("ce_specversion", CloudEventHeaders.SPEC_VERSION);
        columns.put("ce_dataschema", CloudEventHeaders.DATA_SCHEMA);
        columns.put("content_type", CloudEventHeaders.CONTENT_TYPE);
        return columns;
    }
}
