package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.PaymentPlan;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Agreed payment plans. */
@ApplicationScoped
public class PaymentPlanRepository implements PanacheRepositoryBase<PaymentPlan, String> {
}
