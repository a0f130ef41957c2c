package dev.arrears.notification.dispatch;

import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.notification.ledger.LedgerEntry;

import java.time.Instant;

/** What to do next about one dispatch, as the {@link DispatchPlanner} decided it. */
public sealed interface Decision {

    /** A message reached the customer (or a call was recorded): the dispatch is done. */
    record Finished(String note) implements Decision {
    }

    /** Nothing for this service to send: the escalation is recorded. */
    record RecordedOnly(String note) implements Decision {
    }

    /** Nothing to do before {@code until}: quiet hours, a backoff, a send in flight, master data on its way. */
    record Wait(Instant until, String why) implements Decision {
    }

    /** Call the channel's provider. {@code previous} is the ledger row of an earlier attempt, or {@code null}. */
    record Send(Candidate candidate, LedgerEntry previous) implements Decision {
    }

    /** Render the letter and put it in the print queue. */
    record StoreLetter(Candidate candidate) implements Decision {
    }

    /** A collector calls from the dunning engine's worklist: record it, send nothing. */
    record RecordCallTask(Candidate candidate) implements Decision {
    }

    /** Give up on this message (publishing why), then try the next candidate. */
    record Abandon(LedgerEntry entry, NotificationFailure failure, String reason) implements Decision {
    }

    /** A message never sent is no longer allowed (opt-out, consent withdrawn): drop it quietly, try the next. */
    record Cancel(LedgerEntry entry, String reason) implements Decision {
    }

    /** The provider stayed unavailable through the retry budget: park the source event on the dead-letter topic. */
    record DeadLetter(LedgerEntry entry, String reason) implements Decision {
    }

    /** No channel of the plan can reach the customer. */
    record Undeliverable(String reason) implements Decision {
    }
}
