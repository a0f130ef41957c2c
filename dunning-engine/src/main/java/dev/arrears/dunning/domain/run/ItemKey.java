package dev.arrears.dunning.domain.run;

/** Identifies a dunned item within a tenant: an installment of an invoice, or of a payment plan. */
public record ItemKey(String invoiceId, int installmentNumber) {

    @Override
    public String toString() {
        return invoiceId + "#" + installmentNumber;
    }
}
