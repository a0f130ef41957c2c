package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.invoice.support.Ledger;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The invoice and its event commit together or not at all. */
@QuarkusTest
class OutboxTransactionTest {

    @Inject
    InvoiceService service;

    @Inject
    InvoiceRepository invoices;

    private final Ledger ledger = new Ledger();

    @Test
    void aRollbackAfterTheStateChangePublishesNothing() throws Throwable {
        ledger.customer("C-1");
        String tenant = ledger.tenant();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                issue(tenant, "INV-ROLLED-BACK").chain(written -> Uni.createFrom().failure(new IllegalStateException("failure after the write"))))))
                .hasMessage("failure after the write");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> invoices.count("tenantId", tenant))))
                .isZero();

        // A later invoice of the same customer lands on the same partition, after anything committed before it.
        VertxContextSupport.subscribeAndAwait(() -> issue(tenant, "INV-MARKER"));
        TestKafka.Received first = TestKafka.awaitRecord(Topics.INVOICE_EVENTS,
                r -> r.key().equals(tenant + ":C-1") && r.header("ce_type").endsWith("InvoiceIssued.v1"), Duration.ofSeconds(30));
        assertThat(first.value()).contains("INV-MARKER").doesNotContain("INV-ROLLED-BACK");

        // Published rows are pruned, so the outbox does not grow with the ledger.
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(tenant + ":C-1") == 0L);
    }

    private static long outboxRows(String key) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery("select count(*) from outbox where record_key = ?1", Long.class)
                            .setParameter(1, key).getSingleResult())));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private Uni<Invoice> issue(String tenant, String number) {
        return service.issue(tenant, new IssueInvoice("C-1", number, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                Money.of("10.00", "EUR"), Money.zero("EUR"), null, null));
    }
}
