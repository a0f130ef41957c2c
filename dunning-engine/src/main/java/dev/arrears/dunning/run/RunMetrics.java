package dev.arrears.dunning.run;

import dev.arrears.contracts.EventType;
import dev.arrears.dunning.domain.run.RunResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the runs did, for operators: customers evaluated and events emitted by type
 * ({@code arrears_dunning_customers_evaluated_total}, {@code arrears_dunning_events_total{type=...}} on /q/metrics).
 */
@ApplicationScoped
public class RunMetrics {

    private final MeterRegistry registry;
    private final Counter customers;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.customers = Counter.builder("arrears.dunning.customers.evaluated").description("Customers evaluated by dunning runs")
                .register(registry);
    }

    void record(RunResult result) {
        customers.increment();
        result.emissions().forEach(emission -> Counter.builder("arrears.dunning.events").description("Dunning events emitted")
                .tag("type", EventType.of(emission.event()).eventName()).register(registry).increment());
    }
}
