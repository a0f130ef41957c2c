package dev.arrears.notification.dispatch;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.notification.config.NotificationConfig.OnSilence;
import dev.arrears.notification.contacts.Contact;
import dev.arrears.notification.contacts.OptOuts.OptOut;
import dev.arrears.notification.ledger.LedgerEntry;
import dev.arrears.notification.ledger.LedgerStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides the next step of a dispatch from what is known now: the plan, the customer's contacts and opt-outs, and
 * the ledger rows of the messages already tried. Pure: the same facts give the same decision, so a dispatch can be
 * re-evaluated any number of times (after a crash, a webhook, new master data) and only ever moves forward.
 *
 * <p>The rules, in order: a message that reached the customer ends the dispatch; a message in flight is settled
 * before anything else is tried (waited for, retried, reconciled or given up); otherwise the first allowed channel
 * and address not yet given up on is tried, SMS and calls only inside the customer's local window.
 */
public final class DispatchPlanner {

    /** What the planner needs to know of the configuration. */
    public record Settings(QuietHours quietHours, ZoneId defaultZone, Duration contactWait, int maxAttempts, Duration pendingTimeout,
                           Map<Channel, Silence> silence) {
    }

    /** How an uncertain send on a channel is reconciled. */
    public record Silence(Duration grace, OnSilence onSilence) {
    }

    private final Settings settings;

    public DispatchPlanner(Settings settings) {
        this.settings = settings;
    }

    /** @param ledger the rows of the messages tried for this source event, in the order they were written */
    public Decision decide(Plan plan, Optional<Contact> contact, List<OptOut> optOuts, List<LedgerEntry> ledger, Instant createdAt,
                           Instant now) {
        if (plan.recordOnly() != null) {
            return new Decision.RecordedOnly(plan.recordOnly());
        }
        Optional<LedgerEntry> reached = ledger.stream().filter(e -> LedgerStatus.REACHED.contains(e.status())).findFirst();
        if (reached.isPresent()) {
            return new Decision.Finished(describe(reached.get()));
        }
        ZoneId zone = contact.map(Contact::zone).orElse(settings.defaultZone());
        Candidates candidates = Candidates.of(plan, contact, optOuts);
        Optional<LedgerEntry> inFlight = ledger.stream().filter(e -> LedgerStatus.IN_FLIGHT.contains(e.status()))
                .findFirst();
        if (inFlight.isPresent()) {
            return settle(inFlight.get(), candidates, zone, now);
        }
        Instant contactDeadline = createdAt.plus(settings.contactWait());
        if (contact.isEmpty() && now.isBefore(contactDeadline) && plan.channels().stream().anyMatch(DispatchPlanner::needsContact)) {
            return new Decision.Wait(contactDeadline, "waiting for the customer's master data");
        }
        Map<String, LedgerEntry> tried = ledger.stream().collect(Collectors.toMap(LedgerEntry::messageId, Function.identity()));
        for (Candidate candidate : candidates.usable()) {
            if (tried.containsKey(candidate.messageId())) {
                continue;
            }
            return switch (candidate.channel()) {
                case LETTER -> new Decision.StoreLetter(candidate);
                case CALL_TASK -> new Decision.RecordCallTask(candidate);
                default -> {
                    Instant allowed = allowedFrom(candidate.channel(), zone, now);
                    yield allowed.isAfter(now)
                            ? new Decision.Wait(allowed, candidate.channel() + " waits for the customer's local send window")
                            : new Decision.Send(candidate, null);
                }
            };
        }
        List<String> why = new ArrayList<>(candidates.skipped());
        ledger.stream().filter(e -> LedgerStatus.GAVE_UP.contains(e.status())).forEach(e -> why.add(describe(e)));
        if (plan.channels().isEmpty()) {
            why.add("the plan names no channel");
        }
        return new Decision.Undeliverable("no channel left: " + String.join("; ", why));
    }

    /** A message that may have gone out, or is to be retried: settle it before trying anything else. */
    private Decision settle(LedgerEntry entry, Candidates candidates, ZoneId zone, Instant now) {
        if (entry.status() == LedgerStatus.PENDING) {
            Instant stale = entry.pendingSince().plus(settings.pendingTimeout());
            if (now.isBefore(stale)) {
                return new Decision.Wait(stale, "a send to " + mask(entry) + " is in flight");
            }
            return uncertain(entry, stale, candidates, zone, now);
        }
        if (entry.status() == LedgerStatus.UNCERTAIN) {
            return uncertain(entry, entry.uncertainSince(), candidates, zone, now);
        }
        // RETRYING: the provider did not take it.
        if (candidates.find(entry.messageId()).isEmpty()) {
            return new Decision.Cancel(entry, "no longer allowed (opted out, consent withdrawn or address removed)");
        }
        if (entry.attempts() >= settings.maxAttempts()) {
            return new Decision.DeadLetter(entry, entry.channel() + " to " + mask(entry) + " failed " + entry.attempts()
                    + " times, last: " + entry.detail());
        }
        if (entry.nextAttemptAt() != null && now.isBefore(entry.nextAttemptAt())) {
            return new Decision.Wait(entry.nextAttemptAt(), "retry " + (entry.attempts() + 1) + " after: " + entry.detail());
        }
        return sendAgain(entry, candidates, zone, now);
    }

    /**
     * The provider may have taken the message. Its webhook carries our message id and settles the row the moment
     * it arrives; until the channel's grace has passed nothing else is tried, then the channel's policy decides.
     */
    private Decision uncertain(LedgerEntry entry, Instant since, Candidates candidates, ZoneId zone, Instant now) {
        Silence silence = settings.silence().get(entry.channel());
        Instant graceEnd = since.plus(silence.grace());
        if (now.isBefore(graceEnd)) {
            return new Decision.Wait(graceEnd, "waiting for " + entry.provider() + " to confirm the send to " + mask(entry));
        }
        if (silence.onSilence() == OnSilence.NEXT_CHANNEL) {
            return new Decision.Abandon(entry, NotificationFailure.UNCONFIRMED, entry.provider() + " never confirmed the send to "
                    + mask(entry) + " within " + silence.grace() + "; not risking a second " + entry.channel());
        }
        if (candidates.find(entry.messageId()).isEmpty()) {
            return new Decision.Cancel(entry, "unconfirmed and no longer allowed (opted out, consent withdrawn or address removed)");
        }
        if (entry.attempts() >= settings.maxAttempts()) {
            return new Decision.DeadLetter(entry, entry.channel() + " to " + mask(entry) + " never confirmed after "
                    + entry.attempts() + " attempts");
        }
        return sendAgain(entry, candidates, zone, now);
    }

    private Decision sendAgain(LedgerEntry entry, Candidates candidates, ZoneId zone, Instant now) {
        Instant allowed = allowedFrom(entry.channel(), zone, now);
        if (allowed.isAfter(now)) {
            return new Decision.Wait(allowed, entry.channel() + " waits for the customer's local send window");
        }
        return new Decision.Send(candidates.find(entry.messageId()).orElseThrow(), entry);
    }

    /** Texts and calls only inside the customer's local window; email and the rest at any time. */
    private Instant allowedFrom(Channel channel, ZoneId zone, Instant now) {
        return channel == Channel.SMS || channel == Channel.VOICE ? settings.quietHours().nextAllowed(now, zone) : now;
    }

    private static boolean needsContact(Channel channel) {
        return channel == Channel.EMAIL || channel == Channel.SMS || channel == Channel.VOICE;
    }

    private static String describe(LedgerEntry e) {
        return e.channel() + " " + mask(e) + ": " + e.status() + (e.detail() == null ? "" : " (" + e.detail() + ")");
    }

    private static String mask(LedgerEntry e) {
        return NotificationAddresses.mask(e.address());
    }
}
