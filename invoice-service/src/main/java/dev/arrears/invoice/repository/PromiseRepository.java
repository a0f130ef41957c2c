package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.PromiseToPay;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Promises to pay. */
@ApplicationScoped
public class PromiseRepository implements PanacheRepositoryBase<PromiseToPay, String> {
}
