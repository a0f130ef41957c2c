package dev.arrears.invoice.repository.json;

import jakarta.persistence.Converter;

/** A list of {@link String} as JSON text. */
@Converter
public class StringsJson extends JsonListConverter<String> {

    public StringsJson() {
        super(String.class);
    }
}
