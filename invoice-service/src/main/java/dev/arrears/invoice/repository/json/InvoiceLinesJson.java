package dev.arrears.invoice.repository.json;

import dev.arrears.invoice.domain.InvoiceLine;
import jakarta.persistence.Converter;

/** A list of {@link InvoiceLine} as JSON text. */
@Converter
public class InvoiceLinesJson extends JsonListConverter<InvoiceLine> {

    public InvoiceLinesJson() {
        super(InvoiceLine.class);
    }
}
