package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invoice and its event commit together or not at all. */
@QuarkusTest
class OutboxTransactionTest {

    @Inject
    InvoiceService service;

    @Inject
    InvoiceRepository invoices;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRollbackAfterTheStateChangePublishesNothing() throws Throwable {
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                issue("INV-ROLLED-BACK").chain(written -> Uni.createFrom().failure(new IllegalStateException("failure after the write"))))))
                .hasMessage("failure after the write");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> invoices.count("tenantId", tenant))))
                .isZero();

        // A later invoice of the same customer lands on the same partition, after anything committed before it.
        VertxContextSupport.subscribeAndAwait(() -> issue("INV-MARKER"));
        TestKafka.Received first = TestKafka.awaitRecord(Topics.INVOICE_EVENTS,
                r -> r.key().equals(tenant + ":C-1"), Duration.ofSeconds(30));
        assertThat(first.value()).contains("INV-MARKER").doesNotContain("INV-ROLLED-BACK");
    }

    private Uni<Invoice> issue(String number) {
        return service.issue(tenant, "C-1", number, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                Money.of("10.00", "EUR"), Money.zero("EUR"));
    }
}
