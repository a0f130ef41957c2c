package dev.arrears.invoice.service;

import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.Customer;
import dev.arrears.invoice.domain.CustomerDetails;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.repository.CustomerRepository;
import dev.arrears.invoice.repository.PageOf;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Customer master data; every change publishes CustomerUpserted. */
@ApplicationScoped
public class CustomerService {

    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock;

    CustomerService(CustomerRepository customers, Outbox outbox, Clock clock) {
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Customer> create(String tenantId, String id, CustomerDetails details) {
        return customers.findInTenant(tenantId, id).chain(existing -> {
            if (existing != null) {
                throw new Conflict("customer " + id + " already exists; update it with PUT");
            }
            return save(Customer.create(tenantId, id, details, clock.instant()));
        });
    }

    /** Creates the customer, or replaces its data when it exists (at the version the client read, if given). */
    @WithTransaction
    public Uni<Customer> upsert(String tenantId, String id, CustomerDetails details, Long expectedVersion) {
        return customers.findInTenant(tenantId, id).chain(existing -> {
            if (existing == null) {
                return save(Customer.create(tenantId, id, details, clock.instant()));
            }
            Versions.require(expectedVersion, existing.version, "customer " + id);
            existing.update(details, clock.instant());
            return save(existing);
        });
    }

    @WithSession
    public Uni<Customer> get(String tenantId, String id) {
        return customers.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("customer " + id));
    }

    @WithSession
    public Uni<PageOf<Customer>> list(String tenantId, int page, int size) {
        return customers.page(tenantId, page, size);
    }

    private Uni<Customer> save(Customer customer) {
        return customers.persistAndFlush(customer)
                .call(saved -> outbox.append(LedgerEvents.customer(saved), LedgerEvents.subject("customer", saved.id)));
    }
}
