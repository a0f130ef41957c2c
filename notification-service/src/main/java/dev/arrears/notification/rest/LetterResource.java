package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.letters.Letter;
import dev.arrears.notification.letters.LetterStatus;
import dev.arrears.notification.letters.Letters;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The print room's queue: letters to print and mail, and each letter's content. */
@Path("/api/v1/tenants/{tenantId}/letters")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {

    private final Letters letters;

    LetterResource(Letters letters) {
        this.letters = letters;
    }

    /** A letter in the queue, without its content. */
    public record LetterSummary(String letterId, String customerId, String recipientName, LetterStatus status, String templateUsed,
                                String language, Tone tone, String subject, List<DunnedItem> items, List<String> sourceEventIds,
                                Instant createdAt, Instant updatedAt) {

        static LetterSummary of(Letter l) {
            return new LetterSummary(l.letterId(), l.customerId(), l.recipientName(), l.status(), l.templateUsed(), l.language(), l.tone(),
                    l.subject(), l.items(), l.sourceEventIds(), l.createdAt(), l.updatedAt());
        }
    }

    /** A letter with the HTML its PDF is printed from. */
    public record LetterDetail(LetterSummary letter, String html) {
    }

    @GET
    @WithSession
    @Operation(summary = "Letters, oldest first (the order they are printed in); status=TO_PRINT lists those waiting for the print room")
    public Uni<List<LetterSummary>> list(@PathParam("tenantId") String tenantId, @QueryParam("status") String status) {
        return letters.list(tenantId, status(status)).map(list -> list.stream().map(LetterSummary::of).toList());
    }

    @GET
    @Path("/{letterId}")
    @WithSession
    @Operation(summary = "One letter with its rendered HTML")
    public Uni<LetterDetail> letter(@PathParam("tenantId") String tenantId, @PathParam("letterId") String letterId) {
        return letters.find(tenantId, letterId).map(found -> found.map(l -> new LetterDetail(LetterSummary.of(l), l.html()))
                .orElseThrow(() -> new NotFound("no letter " + letterId)));
    }

    private static LetterStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return LetterStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("status", "status must be one of " + Arrays.toString(LetterStatus.values()));
        }
    }
}
