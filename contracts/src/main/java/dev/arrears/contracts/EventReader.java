package dev.arrears.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns a consumed record into a typed event, or explains precisely why it cannot: a missing envelope
 * attribute, an unknown type, a payload that breaks its schema or a key that does not match it. The
 * explanation becomes the dead-letter reason.
 */
public final class EventReader {

    private final ContractValidator validator = new ContractValidator();

    /**
     * @param headers reads a CloudEvents header by name, {@code null} when absent
     */
    public ReceivedEvent read(String key, UnaryOperator<String> headers, String payload) {
        String id = require(headers, CloudEventHeaders.ID);
        String ceType = require(headers, CloudEventHeaders.TYPE);
        EventType type;
        try {
            type = EventType.ofType(ceType);
        } catch (EventType.UnknownEventType e) {
            throw new MalformedEvent(e.getMessage());
        }
        if (payload == null) {
            throw new MalformedEvent(type.eventName() + " " + id + " has no payload");
        }
        JsonNode json;
        try {
            json = ArrearsJson.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new MalformedEvent(type.eventName() + " " + id + " is not JSON: " + e.getOriginalMessage());
        }
        List<String> violations = validator.violations(type, json);
        if (!violations.isEmpty()) {
            throw new MalformedEvent(type.eventName() + " " + id + " breaks its schema: " + String.join("; ", violations));
        }
        ArrearsEvent event;
        try {
            event = ArrearsJson.mapper().treeToValue(json, type.payloadClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEvent(type.eventName() + " " + id + " is invalid: " + rootMessage(e));
        }
        if (!event.key().toString().equals(key)) {
            throw new MalformedEvent(type.eventName() + " " + id + " has key '" + key + "' but belongs to '" + event.key() + "'");
        }
        return new ReceivedEvent(id, type, event);
    }

    private static String require(UnaryOperator<String> headers, String name) {
        String value = headers.apply(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEvent("header " + name + " is missing");
        }
        return value;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** An event that passed every check, with its envelope id and type. */
    public record ReceivedEvent(String id, EventType type, ArrearsEvent event) {
    }

    /** Why a record is not a valid event; the consumer dead-letters it with this message. */
    public static final class MalformedEvent extends RuntimeException {
        public MalformedEvent(String reason) {
            super(reason);
        }
    }
}
