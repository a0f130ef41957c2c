package dev.arrears.dunning.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    private static final String HEADER =
            "id,recorded_at,invoice_number,invoice_id,installment,policy,policy_version,step_index,step,kind,reason,event_id\r\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain text        | plain text",
            "''                | ''",
            "a,b               | '\"a,b\"'",
            "say \"no\"        | '\"say \"\"no\"\"\"'",
            "'\"'              | '\"\"\"\"'",
            "' leading space'  | ' leading space'",
    })
    void quotesOnlyWhereRfc4180RequiresIt(String value, String field) {
        assertThat(AuditCsv.field(value)).isEqualTo(field);
    }

    @Test
    void quotesLineBreaks() {
        assertThat(AuditCsv.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(AuditCsv.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(AuditCsv.field("one\rtwo")).isEqualTo("\"one\rtwo\"");
    }

    @Test
    void noEntriesIsTheHeaderAlone() {
        assertThat(new String(AuditCsv.write(List.of()), StandardCharsets.UTF_8)).isEqualTo(HEADER);
    }

    @Test
    void writesUtf8RowsWithCrlfEmptyNullsAndUtcTimes() {
        AuditEntry customerWide = new AuditEntry(7L, "t", "C-1", null, null, null, Instant.parse("2026-10-01T08:00:00Z"),
                null, null, null, null, AuditKind.PAUSED, "Müller GmbH asked for 30 € grace, \"until Friday\"", null);
        AuditEntry step = new AuditEntry(8L, "t", "C-1", "inv-9", "INV-9", 2, Instant.parse("2026-10-02T09:30:00.000001Z"),
                "standard", 4, 1, "first reminder", AuditKind.STEP_EXECUTED, "line one\nline two", "evt-1");

        assertThat(AuditCsv.write(List.of(customerWide, step))).isEqualTo((HEADER
                + "7,2026-10-01T08:00:00Z,,,,,,,,PAUSED,\"Müller GmbH asked for 30 € grace, \"\"until Friday\"\"\",\r\n"
                + "8,2026-10-02T09:30:00.000001Z,INV-9,inv-9,2,standard,4,1,first reminder,STEP_EXECUTED,\"line one\nline two\",evt-1\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anRfc4180ParserReadsBackEveryField() throws Exception {
        List<AuditEntry> entries = List.of(
                AuditEntries.step("t", "C-1", 1, "comma, \"quote\" and\r\nline break"),
                AuditEntries.step("t", "C-1", 2, ""),
                AuditEntries.step("t", "C-1", 3, "ends with a quote\""));

        List<List<String>> rows = AuditEntries.parseCsv(AuditCsv.write(entries));

        assertThat(rows.get(0)).isEqualTo(AuditCsv.HEADER);
        assertThat(rows.subList(1, rows.size())).isEqualTo(entries.stream().map(AuditEntries::csvRow).toList());
    }
}
