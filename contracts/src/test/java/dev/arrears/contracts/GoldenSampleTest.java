package dev.arrears.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arrears.contracts.analytics.DsoUpdated;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.invoice.DisputeOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

    @ParameterizedTest
    @ValueSource(strings = {"030 1234567", "004930123456789", "+49 30 123456", "+0301234567", "+49301234567890123"})
    void schemaRejectsPhoneNotInE164(String phone) {
        ObjectNode broken = (ObjectNode) sample(EventType.CUSTOMER_UPSERTED);
        ((ArrayNode) broken.get("phones")).set(0, phone);

        assertThat(validator.violations(EventType.CUSTOMER_UPSERTED, broken))
                .anySatisfy(v -> assertThat(v).contains("phones[0]"));
    }

    @Test
    void schemaRejectsPaymentReversalWithUnknownReason() {
        ObjectNode broken = (ObjectNode) sample(EventType.PAYMENT_REVERSED);
        broken.put("reason", "CUSTOMER_CHANGED_MIND");

        assertThat(validator.violations(EventType.PAYMENT_REVERSED, broken))
                .anySatisfy(v -> assertThat(v).contains("reason"));
    }

    @Test
    void sharedInstallmentAndAllocationSchemasStayStrict() {
        ObjectNode issued = (ObjectNode) sample(EventType.INVOICE_ISSUED);
        ((ObjectNode) issued.get("installments").get(0)).put("surprise", true);
        ObjectNode payment = (ObjectNode) sample(EventType.PAYMENT_RECEIVED);
        ((ObjectNode) payment.get("allocations").get(0)).remove("invoiceOpenAmountAfter");

        assertThat(validator.violations(EventType.INVOICE_ISSUED, issued))
                .anySatisfy(v -> assertThat(v).contains("installments[0]").contains("surprise"));
        assertThat(validator.violations(EventType.PAYMENT_RECEIVED, payment))
                .anySatisfy(v -> assertThat(v).contains("allocations[0]").contains("invoiceOpenAmountAfter"));
    }

    @Test
    void disputeWithoutLineNumbersIsAmountBased() throws IOException {
        ObjectNode amountBased = (ObjectNode) sample(EventType.DISPUTE_OPENED);
        amountBased.remove("lineNumbers");

        assertThat(validator.violations(EventType.DISPUTE_OPENED, amountBased)).isEmpty();
        var dispute = ArrearsJson.mapper().treeToValue(amountBased, DisputeOpened.class);
        assertThat(dispute.lineNumbers()).isNull();
        assertThat((JsonNode) ArrearsJson.mapper().valueToTree(dispute)).isEqualTo(amountBased);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "0", "-9.93"})
    void schemaRejectsLateFeeThatIsNotPositive(String amount) {
        ObjectNode broken = (ObjectNode) sample(EventType.LATE_FEE_ASSESSED);
        ((ObjectNode) broken.get("amount")).put("amount", amount);

        assertThat(validator.violations(EventType.LATE_FEE_ASSESSED, broken))
                .anySatisfy(v -> assertThat(v).contains("amount.amount"));
    }

    @Test
    void interestHasAPeriodAndOtherFeesHaveNone() {
        ObjectNode interestWithoutPeriod = (ObjectNode) sample(EventType.LATE_FEE_ASSESSED);
        interestWithoutPeriod.remove("periodEnd");
        ObjectNode fixedWithPeriod = (ObjectNode) sample(EventType.LATE_FEE_ASSESSED);
        fixedWithPeriod.put("kind", "FIXED");
        ObjectNode fixed = fixedWithPeriod.deepCopy();
        fixed.remove("periodStart");
        fixed.remove("periodEnd");

        assertThat(validator.violations(EventType.LATE_FEE_ASSESSED, interestWithoutPeriod))
                .anySatisfy(v -> assertThat(v).contains("periodEnd"));
        assertThat(validator.violations(EventType.LATE_FEE_ASSESSED, fixedWithPeriod))
                .anySatisfy(v -> assertThat(v).contains("periodStart"));
        assertThat(validator.violations(EventType.LATE_FEE_ASSESSED, fixed)).isEmpty();
    }

    @Test
    void schemaRejectsFeeIdThatIsNotALowerCaseUuid() {
        ObjectNode broken = (ObjectNode) sample(EventType.LATE_FEE_ASSESSED);
        broken.put("feeId", "5C1E6A0E-8F3B-5D2A-9C4E-7B1A2D3E4F50");

        assertThat(validator.violations(EventType.LATE_FEE_ASSESSED, broken))
                .anySatisfy(v -> assertThat(v).contains("feeId"));
    }

    @Test
    void pauseWithoutInvoiceNoteOrEndCoversAllItemsUntilReleased() throws IOException {
        ObjectNode customerWide = (ObjectNode) sample(EventType.DUNNING_PAUSED);
        customerWide.remove(List.of("invoiceId", "note", "until"));

        assertThat(validator.violations(EventType.DUNNING_PAUSED, customerWide)).isEmpty();
        var pause = ArrearsJson.mapper().treeToValue(customerWide, DunningPaused.class);
        assertThat(pause.invoiceId()).isNull();
        assertThat(pause.until()).isNull();
        assertThat((JsonNode) ArrearsJson.mapper().valueToTree(pause)).isEqualTo(customerWide);
    }

    @Test
    void dsoFiguresAreKeyedByTenantAndSegmentAndMayLackUndefinedDays() throws IOException {
        ObjectNode noSales = (ObjectNode) sample(EventType.DSO_UPDATED);
        ObjectNode window = (ObjectNode) noSales.get("windows").get(0);
        window.remove(List.of("dsoStandard", "dsoCountBack", "bestPossibleDso", "averageDaysDelinquent"));
        ObjectNode asNumber = (ObjectNode) sample(EventType.DSO_UPDATED);
        ((ObjectNode) asNumber.get("windows").get(0)).put("dsoStandard", 41.67);

        DsoUpdated figures = ArrearsJson.mapper().treeToValue(noSales, DsoUpdated.class);
        assertThat(figures.key()).hasToString("acme:all");
        assertThat(figures.windows().get(0).dsoStandard()).isNull();
        assertThat(validator.violations(EventType.DSO_UPDATED, noSales)).isEmpty();
        assertThat((JsonNode) ArrearsJson.mapper().valueToTree(figures)).isEqualTo(noSales);
        assertThat(validator.violations(EventType.DSO_UPDATED, asNumber))
                .anySatisfy(v -> assertThat(v).contains("dsoStandard"));
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
