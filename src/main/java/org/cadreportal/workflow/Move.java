package org.cadreportal.workflow;

/**
 * What a step taken does to its case, and so what its step record says happened. The kernel applies
 * it together with the record ({@link CaseDesk#take}); a case type never moves a case itself.
 */
public sealed interface Move {

    StepOutcome outcome();

    default Integer targetOrdinal() {
        return null;
    }

    /** The step's work is done: on to the next step, or finished after the last. */
    record Advance() implements Move {
        public StepOutcome outcome() {
            return StepOutcome.COMPLETED;
        }
    }

    /** Back to an earlier step, which starts afresh. */
    record SendBack(int target) implements Move {
        public StepOutcome outcome() {
            return StepOutcome.SENT_BACK;
        }

        @Override
        public Integer targetOrdinal() {
            return target;
        }
    }

    record Terminate() implements Move {
        public StepOutcome outcome() {
            return StepOutcome.TERMINATED;
        }
    }

    /** The decision did not pass: the case closes without the change. */
    record Reject() implements Move {
        public StepOutcome outcome() {
            return StepOutcome.REJECTED;
        }
    }

    /** The cadre improved within the warning's deadline: the case closes. */
    record Improve() implements Move {
        public StepOutcome outcome() {
            return StepOutcome.IMPROVED;
        }
    }

    /** A note on the current step (a visit made, a meeting held): the case stays where it is. */
    record Stay() implements Move {
        public StepOutcome outcome() {
            return StepOutcome.NOTED;
        }
    }

    /** The whole procedure was done elsewhere and is logged at once: the case stands completed. */
    record ConcludeLogged() implements Move {
        public StepOutcome outcome() {
            return StepOutcome.LOGGED;
        }
    }

    static Move advance() {
        return new Advance();
    }

    static Move sendBack(int targetOrdinal) {
        return new SendBack(targetOrdinal);
    }

    static Move terminate() {
        return new Terminate();
    }

    static Move reject() {
        return new Reject();
    }

    static Move improve() {
        return new Improve();
    }

    static Move stay() {
        return new Stay();
    }
}
