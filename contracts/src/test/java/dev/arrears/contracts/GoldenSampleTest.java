package dev.arrears.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event's golden sample matches its schema and survives a round trip through its record unchanged. */
class GoldenSampleTest {

    private final ContractValidator validator = new ContractValidator();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleConformsToSchema(EventType type) {
        assertThat(validator.violations(type, sample(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleRoundTripsThroughRecordUnchanged(EventType type) throws IOException {
        JsonNode sample = sample(type);

        ArrearsEvent event = ArrearsJson.mapper().treeToValue(sample, type.payloadClass());
        JsonNode written = ArrearsJson.mapper().valueToTree(event);

        assertThat(written).isEqualTo(sample);
        assertThat(validator.violations(type, written)).isEmpty();
        assertThat(EventType.of(event)).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsSampleWithoutTenant(EventType type) {
        ObjectNode broken = (ObjectNode) sample(type);
        broken.remove("tenantId");

        assertThat(validator.violations(type, broken)).anySatisfy(v -> assertThat(v).contains("tenantId"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsUndeclaredField(EventType type) {
        ObjectNode broken = (ObjectNode) sample(type);
        broken.put("surprise", true);

        assertThat(validator.violations(type, broken)).anySatisfy(v -> assertThat(v).contains("surprise"));
    }

    @Test
    void schemaRejectsAmountAsJsonNumber() {
        ObjectNode broken = (ObjectNode) sample(EventType.INVOICE_ISSUED);
        ((ObjectNode) broken.get("openAmount")).put("amount", 1190.00);

        assertThat(validator.violations(EventType.INVOICE_ISSUED, broken))
                .anySatisfy(v -> assertThat(v).contains("openAmount.amount"));
    }

    @Test
    void everySchemaFileBelongsToACatalogueEntry() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("schemas").toURI());
        Set<String> eventSchemas;
        try (Stream<Path> files = Files.walk(root)) {
            eventSchemas = files.filter(Files::isRegularFile)
                    .map(p -> "schemas/" + root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("schemas/common/"))
                    .collect(Collectors.toSet());
        }

        assertThat(eventSchemas).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(EventType::schemaResource).toList());
    }

    @Test
    void typesAreUniqueAndResolvable() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.ofType(type.type())).isEqualTo(type);
            assertThat(type.type()).matches("dev\\.arrears\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[0-9]+");
        }
    }

    static JsonNode sample(EventType type) {
        try (InputStream in = GoldenSampleTest.class.getClassLoader().getResourceAsStream(type.sampleResource())) {
            assertThat(in).as("golden sample %s", type.sampleResource()).isNotNull();
            return ArrearsJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
