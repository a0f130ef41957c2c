package dev.arrears.dunning.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trail against the real database: order, the caller's transaction, and the append-only guarantee. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditTrail trail;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void readsBackWhatWasAppendedInOrderWithIds() throws Throwable {
        AuditEntry customerWide = new AuditEntry(null, tenant, "C-1", null, null, null,
                Instant.parse("2026-10-01T08:00:00.000001Z"), null, null, null, null, AuditKind.HOLD_PLACED,
                "customer asked for a hold", null);
        List<AuditEntry> appended = List.of(AuditEntries.step(tenant, "C-1", 2, "second"), customerWide,
                AuditEntries.step(tenant, "C-1", 1, "first"), AuditEntries.step(tenant, "C-2", 1, "another customer"));

        await(() -> Panache.withTransaction(() -> trail.append(appended)));
        List<AuditEntry> read = await(() -> Panache.withSession(() -> trail.ofCustomer(tenant, "C-1")));

        assertThat(read).extracting(AuditEntry::id).doesNotContainNull().isSorted();
        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(appended.subList(0, 3));
    }

    @Test
    void anAppendTooLargeForOneStatementKeepsItsOrder() throws Throwable {
        int count = 2 * AuditTrail.ROWS_PER_STATEMENT + 345;
        List<AuditEntry> appended = IntStream.range(0, count).mapToObj(i -> AuditEntries.step(tenant, "C-3", i, "entry " + i)).toList();

        await(() -> Panache.withTransaction(() -> trail.append(appended)));

        assertThat(await(() -> Panache.withSession(() -> trail.ofCustomer(tenant, "C-3"))))
                .extracting(AuditEntry::reason).isEqualTo(appended.stream().map(AuditEntry::reason).toList());
    }

    @Test
    void entriesRollBackWithTheTransactionThatAppendedThem() throws Throwable {
        assertThatThrownBy(() -> await(() -> Panache.withTransaction(() -> trail.append(List.of(AuditEntries.step(tenant, "C-4", 1, "undone")))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the decision failed"))))))
                .hasMessage("the decision failed");

        assertThat(await(() -> Panache.withSession(() -> trail.ofCustomer(tenant, "C-4")))).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEntries() throws Throwable {
        await(() -> Panache.withTransaction(() -> trail.append(List.of(AuditEntries.step(tenant, "C-5", 1, "as it happened")))));

        assertThatThrownBy(() -> execute("update audit_entry set reason = 'rewritten' where tenant_id = '" + tenant + "'"))
                .hasStackTraceContaining("audit_entry is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> execute("delete from audit_entry where tenant_id = '" + tenant + "'"))
                .hasStackTraceContaining("audit_entry is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> execute("truncate audit_entry"))
                .hasStackTraceContaining("audit_entry is append-only: TRUNCATE is not allowed");

        assertThat(await(() -> Panache.withSession(() -> trail.ofCustomer(tenant, "C-5"))))
                .extracting(AuditEntry::reason).containsExactly("as it happened");
    }

    private static void execute(String sql) throws Throwable {
        await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(sql).executeUpdate())));
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
