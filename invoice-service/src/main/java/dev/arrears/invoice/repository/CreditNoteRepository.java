package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.CreditNote;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Credit notes, always looked up within one tenant. */
@ApplicationScoped
public class CreditNoteRepository implements PanacheRepositoryBase<CreditNote, String> {

    public Uni<CreditNote> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    public Uni<Boolean> numberTaken(String tenantId, String number) {
        return count("tenantId = ?1 and creditNoteNumber = ?2", tenantId, number).map(n -> n > 0);
    }
}
