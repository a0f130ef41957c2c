package dev.arrears.invoice.rest;

import dev.arrears.contracts.http.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.service.BulkImport.Row;
import dev.arrears.invoice.service.BulkImport.RowError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one line of a bulk import (NDJSON or CSV) into a row, or the reason it cannot be read. */
final class BulkRows {

    /** The CSV columns, in any order; taxAmount may be omitted. */
    static final List<String> CSV_COLUMNS = List.of("customerId", "invoiceNumber", "issueDate", "dueDate", "currency", "totalAmount", "taxAmount");

    private BulkRows() {
    }

    static Row ndjson(ObjectMapper mapper, long line, String text) {
        try {
            return new Row(line, mapper.readValue(text, IssueInvoice.class), null);
        } catch (JsonMappingException e) {
            return new Row(line, null, new RowError(line, JsonErrors.field(e), JsonErrors.reason(e)));
        } catch (JsonProcessingException e) {
            return new Row(line, null, new RowError(line, null, "not JSON: " + e.getOriginalMessage()));
        }
    }

    /** The column positions named by a CSV header line. */
    static Map<String, Integer> csvHeader(String header) {
        List<String> names = csvFields(header);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i).trim(), i);
        }
        for (String required : CSV_COLUMNS.subList(0, 6)) {
            if (!positions.containsKey(required)) {
                throw new IllegalArgumentException("the CSV header lacks column " + required + "; expected " + CSV_COLUMNS);
            }
        }
        return positions;
    }

    static Row csv(Map<String, Integer> header, long line, String text) {
        List<String> fields = csvFields(text);
        String field = null;
        try {
            field = "currency";
            String currency = get(header, fields, "currency");
            field = "totalAmount";
            Money total = Money.of(get(header, fields, "totalAmount"), currency);
            field = "taxAmount";
            String tax = header.containsKey("taxAmount") ? get(header, fields, "taxAmount") : "";
            Money taxAmount = tax.isBlank() ? null : Money.of(tax, currency);
            field = "issueDate";
            LocalDate issueDate = LocalDate.parse(get(header, fields, "issueDate"));
            field = "dueDate";
            LocalDate dueDate = LocalDate.parse(get(header, fields, "dueDate"));
            return new Row(line, new IssueInvoice(get(header, fields, "customerId"), get(header, fields, "invoiceNumber"),
                    issueDate, dueDate, total, taxAmount, null, null), null);
        } catch (DateTimeParseException e) {
            return new Row(line, null, new RowError(line, field, "'" + e.getParsedString() + "' is not a date like 2026-10-31"));
        } catch (IllegalArgumentException e) {
            return new Row(line, null, new RowError(line, field, e.getMessage()));
        }
    }

    private static String get(Map<String, Integer> header, List<String> fields, String column) {
        int at = header.get(column);
        if (at >= fields.size()) {
            throw new IllegalArgumentException("the line has no " + column + " column");
        }
        return fields.get(at).trim();
    }

    /** RFC 4180 fields of one line: comma separated, double quotes around fields with commas, "" for a quote. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
