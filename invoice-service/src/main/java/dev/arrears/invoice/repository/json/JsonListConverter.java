package dev.arrears.invoice.repository.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.contracts.ArrearsJson;
import jakarta.persistence.AttributeConverter;

import java.util.List;

/**
 * Stores a list of values as JSON text with the event mapping rules (ISO dates, exact decimals). One
 * subclass per element type, because JPA converters must name their types.
 */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper MAPPER = ArrearsJson.mapper();

    private final JavaType type;

    JsonListConverter(Class<T> elementType) {
        this.type = MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        if (values == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + values, e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return List.copyOf(MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
