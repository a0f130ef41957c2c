package dev.arrears.dunning.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.invoice.InvoiceIssued;

import java.util.List;

/** A payment plan's installments as stored: the event's own JSON, so nothing is lost in translation. */
final class PlanInstallments {

    private static final TypeReference<List<InvoiceIssued.Installment>> TYPE = new TypeReference<>() {
    };

    private PlanInstallments() {
    }

    static String write(List<InvoiceIssued.Installment> installments) {
        try {
            return ArrearsJson.mapper().writeValueAsString(installments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("installments of a validated event must serialise", e);
        }
    }

    static List<InvoiceIssued.Installment> read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan installments are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
