package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.letters.Letter;
import dev.arrears.notification.letters.LetterStatus;
import dev.arrears.notification.letters.Letters;
import dev.arrears.notification.letters.PrintRoom;
import dev.arrears.notification.render.letter.LetterPdf;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The print room's queue: letters to print and mail, each letter's content and PDF, the whole queue as one PDF, and a
 * letter marked printed, then mailed.
 */
@Path("/api/v1/tenants/{tenantId}/letters")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {

    private static final String PDF = LetterPdf.MEDIA_TYPE;

    private final Letters letters;
    private final PrintRoom printRoom;

    LetterResource(Letters letters, PrintRoom printRoom) {
        this.letters = letters;
        this.printRoom = printRoom;
    }

    /** A letter in the queue, without its content. */
    public record LetterSummary(String letterId, String customerId, String recipientName, LetterStatus status, String templateUsed,
                                String language, Tone tone, String subject, List<DunnedItem> items, List<String> sourceEventIds,
                                Instant createdAt, Instant updatedAt, Instant printedAt, Instant mailedAt) {

        static LetterSummary of(Letter l) {
            return new LetterSummary(l.letterId(), l.customerId(), l.recipientName(), l.status(), l.templateUsed(), l.language(), l.tone(),
                    l.subject(), l.items(), l.sourceEventIds(), l.createdAt(), l.updatedAt(), l.printedAt(), l.mailedAt());
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
                .orElseThrow(() -> noLetter(letterId)));
    }

    @GET
    @Path("/{letterId}/pdf")
    @Produces(PDF)
    @WithSession
    @Operation(summary = "The letter as the A4 PDF that is printed, stored when the letter was filed")
    public Uni<Response> pdf(@PathParam("tenantId") String tenantId, @PathParam("letterId") String letterId) {
        return letters.pdf(tenantId, letterId).map(found -> pdf(found.orElseThrow(() -> noLetter(letterId)), letterId + ".pdf"));
    }

    @GET
    @Path("/print-run")
    @Produces(PDF)
    @Operation(summary = "Every letter waiting for the print room, oldest first, as one PDF to print in a single job; "
            + "204 when none waits. Mark each printed (or mailed) afterwards.")
    public Uni<Response> printRun(@PathParam("tenantId") String tenantId,
                                  @QueryParam("limit") @DefaultValue("" + PrintRoom.MAX_RUN) int limit) {
        if (limit < 1 || limit > PrintRoom.MAX_RUN) {
            throw new InvalidParameter("limit", "limit must be between 1 and " + PrintRoom.MAX_RUN);
        }
        return printRoom.printRun(tenantId, limit)
                .map(run -> run.map(pdf -> pdf(pdf, "print-run.pdf")).orElseGet(() -> Response.noContent().build()));
    }

    @POST
    @Path("/{letterId}/printed")
    @Operation(summary = "Mark a letter printed: its content is final, a later reminder of the step gets a letter of its own. "
            + "Repeating it changes nothing; 409 for a letter already mailed.")
    public Uni<LetterSummary> printed(@PathParam("tenantId") String tenantId, @PathParam("letterId") String letterId) {
        return printRoom.printed(tenantId, letterId).map(found -> LetterSummary.of(found.orElseThrow(() -> noLetter(letterId))));
    }

    @POST
    @Path("/{letterId}/mailed")
    @Operation(summary = "Mark a letter handed to the post: its messages are reported delivered (NotificationDelivered). "
            + "Repeating it changes nothing.")
    public Uni<LetterSummary> mailed(@PathParam("tenantId") String tenantId, @PathParam("letterId") String letterId) {
        return printRoom.mailed(tenantId, letterId).map(found -> LetterSummary.of(found.orElseThrow(() -> noLetter(letterId))));
    }

    private static NotFound noLetter(String letterId) {
        return new NotFound("no letter " + letterId);
    }

    private static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
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
