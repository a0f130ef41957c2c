package dev.arrears.dunning.domain.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of evaluating one item against its policy on a day: act now, wait until a date, or nothing
 * more to do — always with the reason, for the audit trail.
 *
 * @param step the step to execute now ({@link Kind#DUE}), else {@code null}
 * @param stepIndex its index; for an endless policy's repetitions it counts on past the last step
 * @param level how far up the ladder the item is once this step executed (1 for the first step)
 * @param nextDate when to evaluate again ({@code null} when nothing is left to do)
 * @param skipped indexes of steps overtaken by a later one that is due at the same time
 */
public record Decision(Kind kind, PolicyStep step, int stepIndex, int level, LocalDate nextDate, List<Integer> skipped,
                       String reason) {

    public Decision {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** What the engine should do with the item today. */
    public enum Kind {
        /** Execute {@link #step()} now. */
        DUE,
        /** Nothing today; evaluate again on {@link #nextDate()}. */
        WAITING,
        /** Dunning is paused (promise to pay, hold) until {@link #nextDate()}. */
        PAUSED,
        /** Settled, fully disputed, or the ladder is exhausted: nothing more will be sent. */
        DONE
    }

    static Decision done(int level, String reason) {
        return new Decision(Kind.DONE, null, -1, level, null, List.of(), reason);
    }
}
