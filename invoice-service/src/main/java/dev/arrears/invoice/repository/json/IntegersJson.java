package dev.arrears.invoice.repository.json;

import jakarta.persistence.Converter;

/** A list of {@link Integer} as JSON text. */
@Converter
public class IntegersJson extends JsonListConverter<Integer> {

    public IntegersJson() {
        super(Integer.class);
    }
}
