package dev.arrears.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates event payloads against their JSON Schema from the catalogue. Producers may check what they
 * publish; consumers use it to dead-letter a malformed record with a precise reason.
 */
public final class ContractValidator {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(EventType.SCHEMA_BASE_URI, "classpath:schemas/")));
    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

    /** The schema violations of {@code payload}, empty when it conforms. */
    public synchronized List<String> violations(EventType type, JsonNode payload) {
        JsonSchema schema = schemas.computeIfAbsent(type,
                t -> factory.getSchema(SchemaLocation.of(t.dataSchema())));
        return schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
