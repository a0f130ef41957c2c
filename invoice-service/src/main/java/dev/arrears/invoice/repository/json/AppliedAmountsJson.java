package dev.arrears.invoice.repository.json;

import dev.arrears.invoice.domain.AppliedAmount;
import jakarta.persistence.Converter;

/** A list of {@link AppliedAmount} as JSON text. */
@Converter
public class AppliedAmountsJson extends JsonListConverter<AppliedAmount> {

    public AppliedAmountsJson() {
        super(AppliedAmount.class);
    }
}
