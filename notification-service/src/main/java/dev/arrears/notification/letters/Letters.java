package dev.arrears.notification.letters;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.db.Json;
import dev.arrears.notification.db.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Letters in PostgreSQL, read and written in the caller's transaction. */
@ApplicationScoped
public class Letters {

    private static final String COLUMNS = """
            letter_id, tenant_id, customer_id, status, template_id, tone, language, recipient_name, items, subject, html,
            template_used, source_event_ids, created_at, updated_at, printed_at, mailed_at""";

    /** The letter of this customer and step still waiting for the print room, if any. */
    public Uni<Optional<Letter>> toPrint(String tenantId, String customerId, String letterKey) {
        return NativeSql.rows("select " + COLUMNS
                        + " from letter where tenant_id = ?1 and customer_id = ?2 and letter_key = ?3 and status = 'TO_PRINT'",
                tenantId, customerId, letterKey).map(rows -> rows.stream().map(Letters::letter).findFirst());
    }

    public Uni<Void> insert(Letter l, String letterKey, byte[] pdf) {
        return NativeSql.execute("""
                        insert into letter (letter_id, tenant_id, customer_id, letter_key, status, template_id, tone, language,
                            recipient_name, items, subject, html, template_used, source_event_ids, created_at, updated_at, pdf)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)""",
                l.letterId(), l.tenantId(), l.customerId(), letterKey, l.status().name(), l.templateId(), l.tone().name(), l.language(),
                l.recipientName(), Json.write(l.items()), l.subject(), l.html(), l.templateUsed(), String.join("\n", l.sourceEventIds()),
                l.createdAt(), l.updatedAt(), pdf).replaceWithVoid();
    }

    /** Replaces the content of a letter that has not been printed yet. */
    public Uni<Void> update(Letter l, byte[] pdf) {
        return NativeSql.execute("""
                        update letter set items = ?2, subject = ?3, html = ?4, template_used = ?5, source_event_ids = ?6, updated_at = ?7,
                            pdf = ?8
                        where letter_id = ?1 and status = 'TO_PRINT'""",
                l.letterId(), Json.write(l.items()), l.subject(), l.html(), l.templateUsed(), String.join("\n", l.sourceEventIds()),
                l.updatedAt(), pdf).replaceWithVoid();
    }

    /** The PDF the letter is printed from; empty for an unknown letter. */
    public Uni<Optional<byte[]>> pdf(String tenantId, String letterId) {
        return NativeSql.rows("select pdf, 1 from letter where tenant_id = ?1 and letter_id = ?2 and pdf is not null", tenantId, letterId)
                .map(rows -> rows.stream().map(r -> (byte[]) r[0]).findFirst());
    }

    /** The PDFs of the tenant's letters waiting for the print room, oldest first (the order they are printed in). */
    public Uni<List<byte[]>> pdfsToPrint(String tenantId, int limit) {
        return NativeSql.rows("""
                        select pdf, letter_id from letter where tenant_id = ?1 and status = 'TO_PRINT' and pdf is not null
                        order by created_at, letter_id limit ?2""", tenantId, limit)
                .map(rows -> rows.stream().map(r -> (byte[]) r[0]).toList());
    }

    /** Moves the letter on to {@code status} from one of {@code from}, stamping the moment; answers whether it moved. */
    public Uni<Boolean> advance(String tenantId, String letterId, List<LetterStatus> from, LetterStatus status, Instant now) {
        String stamp = status == LetterStatus.PRINTED ? "printed_at" : "mailed_at";
        String fromStatuses = from.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return NativeSql.execute("update letter set status = ?3, " + stamp + " = ?4, updated_at = ?4"
                                + " where tenant_id = ?1 and letter_id = ?2 and status in (" + fromStatuses + ")",
                        tenantId, letterId, status.name(), now)
                .map(updated -> updated > 0);
    }

    /** The tenant's letters, oldest first (the order they are printed in), optionally in one status. */
    public Uni<List<Letter>> list(String tenantId, LetterStatus status) {
        return NativeSql.rows("select " + COLUMNS
                        + " from letter where tenant_id = ?1 and (cast(?2 as text) is null or status = ?2) order by created_at, letter_id",
                tenantId, status == null ? null : status.name()).map(rows -> rows.stream().map(Letters::letter).toList());
    }

    public Uni<Optional<Letter>> find(String tenantId, String letterId) {
        return NativeSql.rows("select " + COLUMNS + " from letter where tenant_id = ?1 and letter_id = ?2", tenantId, letterId)
                .map(rows -> rows.stream().map(Letters::letter).findFirst());
    }

    private static Letter letter(Object[] r) {
        return new Letter((String) r[0], (String) r[1], (String) r[2], LetterStatus.valueOf((String) r[3]), (String) r[4],
                Tone.valueOf((String) r[5]), (String) r[6], (String) r[7],
                Json.read((String) r[8], new TypeReference<List<DunnedItem>>() {
                }), (String) r[9], (String) r[10], (String) r[11], Arrays.asList(((String) r[12]).split("\n")),
                NativeSql.instant(r[13]), NativeSql.instant(r[14]), NativeSql.instant(r[15]), NativeSql.instant(r[16]));
    }
}
