package dev.arrears.notification.letters;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.dispatch.Blocking;
import dev.arrears.notification.ledger.LedgerEntry;
import dev.arrears.notification.ledger.SendLedger;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdates;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The print room's side of the letters: the queue as one PDF to print in a single run, and each letter marked printed
 * and then mailed. Mailing a letter reports its messages delivered, as a provider's webhook does for an email, so
 * NotificationDelivered tells analytics and the dunning engine the day a final notice was posted.
 */
@ApplicationScoped
public class PrintRoom {

    /** A print run is what one printer job can take. */
    public static final int MAX_RUN = 500;

    private final Letters letters;
    private final SendLedger ledger;
    private final DeliveryUpdates deliveries;
    private final Clock clock;

    PrintRoom(Letters letters, SendLedger ledger, DeliveryUpdates deliveries, Clock clock) {
        this.letters = letters;
        this.ledger = ledger;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** The letters waiting for the print room, oldest first, as one PDF; empty when none waits. */
    public Uni<Optional<byte[]>> printRun(String tenantId, int limit) {
        return Panache.withSession(() -> letters.pdfsToPrint(tenantId, limit))
                .chain(pdfs -> pdfs.isEmpty() ? Uni.createFrom().item(Optional.<byte[]>empty())
                        : Blocking.call(() -> Optional.of(merge(pdfs))));
    }

    /**
     * Marks the letter printed; its content is final from now on. Printing it again changes nothing. Answers the letter
     * as it is now; empty when the tenant has no such letter.
     *
     * @throws LetterAlreadyMailed (as the Uni's failure) for a letter already posted
     */
    public Uni<Optional<Letter>> printed(String tenantId, String letterId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> letters.find(tenantId, letterId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(found);
            }
            return switch (found.get().status()) {
                case PRINTED -> Uni.createFrom().item(found);
                case MAILED -> Uni.createFrom().failure(new LetterAlreadyMailed(letterId, found.get().mailedAt()));
                case TO_PRINT -> letters.advance(tenantId, letterId, List.of(LetterStatus.TO_PRINT), LetterStatus.PRINTED, now)
                        .chain(() -> letters.find(tenantId, letterId));
            };
        }));
    }

    /**
     * Marks the letter handed to the post (printed or not: some print rooms post straight from the queue) and reports
     * each of its messages delivered. Mailing it again reports again, which the ledger takes once: a report lost to a
     * crash after the status changed is made good by repeating the call. Answers the letter as it is now; empty when
     * the tenant has no such letter.
     */
    public Uni<Optional<Letter>> mailed(String tenantId, String letterId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> letters.find(tenantId, letterId).chain(found -> found.isEmpty()
                        || found.get().status() == LetterStatus.MAILED
                        ? Uni.createFrom().item(found)
                        : letters.advance(tenantId, letterId, List.of(LetterStatus.TO_PRINT, LetterStatus.PRINTED), LetterStatus.MAILED, now)
                        .chain(() -> letters.find(tenantId, letterId))))
                .call(found -> found.map(this::reportDelivered).orElse(Uni.createFrom().voidItem()));
    }

    private Uni<Void> reportDelivered(Letter letter) {
        return Panache.withSession(() -> Multi.createFrom().iterable(letter.sourceEventIds())
                        .onItem().transformToUniAndConcatenate(ledger::bySource)
                        .collect().asList())
                .map(perSource -> perSource.stream().flatMap(List::stream)
                        .filter(entry -> entry.channel() == Channel.LETTER && letter.letterId().equals(entry.providerMessageId()))
                        .map(entry -> delivered(entry, letter))
                        .toList())
                .chain(deliveries::record);
    }

    private static DeliveryUpdate delivered(LedgerEntry entry, Letter letter) {
        return new DeliveryUpdate(entry.messageId(), letter.letterId(), Channel.LETTER, DeliveryUpdate.Kind.DELIVERED, entry.address(),
                letter.mailedAt(), "handed to the post", null);
    }

    private static byte[] merge(List<byte[]> pdfs) {
        PDFMergerUtility merger = new PDFMergerUtility();
        pdfs.forEach(pdf -> merger.addSource(new RandomAccessReadBuffer(pdf)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot join " + pdfs.size() + " letters into one print run", e);
        }
        return out.toByteArray();
    }
}
