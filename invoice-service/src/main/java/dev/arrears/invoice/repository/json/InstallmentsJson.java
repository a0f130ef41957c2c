package dev.arrears.invoice.repository.json;

import dev.arrears.invoice.domain.Installment;
import jakarta.persistence.Converter;

/** A list of {@link Installment} as JSON text. */
@Converter
public class InstallmentsJson extends JsonListConverter<Installment> {

    public InstallmentsJson() {
        super(Installment.class);
    }
}
