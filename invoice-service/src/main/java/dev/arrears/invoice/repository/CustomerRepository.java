package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.Customer;
import dev.arrears.invoice.domain.InvalidInput;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Customers, always looked up within one tenant. */
@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, Customer.Key> {

    public Uni<Customer> findInTenant(String tenantId, String id) {
        return findById(new Customer.Key(tenantId, id));
    }

    /** Fails with a 422 naming {@code customerId} unless the tenant has this customer. */
    public Uni<Customer> requireKnown(String tenantId, String id) {
        return findInTenant(tenantId, id).onItem().ifNull()
                .failWith(() -> new InvalidInput("customerId", "unknown customer " + id + "; create it first"));
    }

    public Uni<PageOf<Customer>> page(String tenantId, int page, int size) {
        var found = find("tenantId = ?1 order by id", tenantId);
        return found.page(Page.of(page, size)).list()
                .chain(items -> found.count().map(total -> new PageOf<>(items, page, size, total)));
    }
}
