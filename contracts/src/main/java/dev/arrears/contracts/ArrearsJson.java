package dev.arrears.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of event payloads: ISO-8601 dates, decimals as strings (see {@link Money}), absent
 * optional fields omitted, and unknown fields ignored so consumers tolerate additive changes.
 */
public final class ArrearsJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private ArrearsJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies the event mapping rules to a mapper a framework created (e.g. Quarkus' own). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
