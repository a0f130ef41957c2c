package dev.arrears.dunning.rest;

import dev.arrears.dunning.audit.AuditEntries;
import dev.arrears.dunning.audit.AuditEntry;
import dev.arrears.dunning.audit.AuditTrail;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

/** The audit export over HTTP: one trail, three formats that agree with each other. */
@QuarkusTest
class AuditResourceTest {

    private static final String AUDIT = "/api/v1/tenants/{tenant}/customers/{customer}/audit";
    private static final String TRICKY = "Customer replied, \"we pay on Friday\"\nand hung up";

    @Inject
    AuditTrail trail;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<AuditEntry> appended = new ArrayList<>();

    /** Enough entries, some with long reasons, to fill several PDF pages. */
    @BeforeEach
    void appendTrail() throws Throwable {
        appended.addAll(IntStream.range(0, 120).mapToObj(i -> AuditEntries.step(tenant, "C-1", i, i == 7 ? TRICKY
                : "Reminder " + i + " sent by e-mail to accounts payable because the installment is " + i
                + " days past due and neither a promise to pay nor a dispute is open")).toList());
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> trail.append(appended)));
    }

    @Test
    void jsonListsTheEntriesInTheOrderTheyWereAppended() {
        List<AuditEntry> listed = List.of(export("C-1", "application/json").as(AuditEntry[].class));

        assertThat(listed).extracting(AuditEntry::id).doesNotContainNull().isSorted();
        assertThat(listed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(appended);
    }

    @Test
    void csvParsesBackToExactlyTheEntries() throws Exception {
        ExtractableResponse<Response> csv = export("C-1", "text/csv");
        List<AuditEntry> stored = List.of(export("C-1", "application/json").as(AuditEntry[].class));

        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-C-1.csv\"");
        List<List<String>> rows = AuditEntries.parseCsv(csv.asByteArray());
        assertThat(rows.get(0)).containsExactly("id", "recorded_at", "invoice_number", "invoice_id", "installment", "policy",
                "policy_version", "step_index", "step", "kind", "reason", "event_id");
        assertThat(rows.subList(1, rows.size())).isEqualTo(stored.stream().map(AuditEntries::csvRow).toList());
        assertThat(rows.get(8).get(10)).isEqualTo(TRICKY);
    }

    @Test
    void pdfShowsEveryEntryOverSeveralNumberedPagesAndTheDigestOfTheCsv() throws Exception {
        ExtractableResponse<Response> pdf = export("C-1", "application/pdf");
        byte[] csv = given().queryParam("format", "csv").when().get(AUDIT, tenant, "C-1").then().statusCode(200)
                .extract().asByteArray();

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-C-1.pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            int pages = document.getNumberOfPages();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Dunning record", "Tenant: " + tenant, "Customer: C-1", "Entries: 120",
                    "1 / " + pages, pages + " / " + pages);
            assertThat(appended).allSatisfy(entry -> assertThat(text)
                    .contains(entry.invoiceNumber(), entry.reason().replaceAll("\\s+", " ")));
            assertThat(text).contains("SHA-256 of the CSV export: " + sha256(csv));
        }
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        given().accept("*/*").when().get(AUDIT, tenant, "C-1").then().statusCode(200).contentType("application/json");
        given().accept("application/pdf;q=0.5, text/csv").when().get(AUDIT, tenant, "C-1").then().statusCode(200)
                .contentType("text/csv");
    }

    @Test
    void theFormatParameterOverridesTheAcceptHeader() {
        ExtractableResponse<Response> csv = given().accept("application/json").queryParam("format", "CSV")
                .when().get(AUDIT, tenant, "C-1").then().statusCode(200).extract();

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).startsWith("id,recorded_at,");
        given().accept("text/csv").queryParam("format", "json").when().get(AUDIT, tenant, "C-1").then()
                .statusCode(200).contentType("application/json").body("size()", is(120));
    }

    @Test
    void aCustomerWithoutEntriesHasAnEmptyListAHeaderOnlyCsvAndAValidPdf() throws Exception {
        assertThat(export("C-none", "application/json").asString()).isEqualTo("[]");
        assertThat(new String(export("C-none", "text/csv").asByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("id,recorded_at,invoice_number,invoice_id,installment,policy,policy_version,step_index,step,kind,reason,event_id\r\n");
        try (PDDocument document = Loader.loadPDF(export("C-none", "application/pdf").asByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Customer: C-none", "Entries: 0", "1 / 1");
        }
    }

    @Test
    void attachmentNamesKeepOnlyCharactersEveryFileSystemTakes() {
        assertThat(export("Müller & Co", "text/csv").header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-M_ller___Co.csv\"");
    }

    @Test
    void anUnknownFormatIsAProblem() {
        given().queryParam("format", "xlsx").when().get(AUDIT, tenant, "C-1").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://arrears.dev/problems/invalid-parameter"))
                .body("field", is("format"))
                .body("detail", is("format must be json, csv or pdf, not 'xlsx'"));
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem() {
        given().accept("image/png").when().get(AUDIT, tenant, "C-1").then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", is(406));
    }

    @Test
    void isDescribedInTheOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/tenants/{tenantId}/customers/{customerId}/audit"))
                .body("paths.'/api/v1/tenants/{tenantId}/customers/{customerId}/audit'.get.responses.'200'.content",
                        allOf(hasKey("application/json"), hasKey("text/csv"), hasKey("application/pdf")));
    }

    private ExtractableResponse<Response> export(String customer, String accept) {
        return given().accept(accept).when().get(AUDIT, tenant, customer).then().statusCode(200).extract();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
