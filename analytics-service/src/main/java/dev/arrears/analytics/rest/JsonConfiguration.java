package dev.arrears.analytics.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.contracts.ArrearsJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * The REST API writes JSON like the events do: ISO dates, absent values omitted, and every decimal (days,
 * percentages, amounts) as a string, so no client reads an amount into a binary float.
 */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        ArrearsJson.configure(mapper);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }
}
