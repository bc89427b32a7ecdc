package org.cadreportal.workflow;

/**
 * The count of a 讨论决定 and the rule that reads it: the meeting is quorate when at least two thirds
 * of the members entitled to attend are present, and a proposal passes only when more than half of
 * all members entitled to attend (not of those present) vote 同意.
 */
public record VoteTally(int entitled, int attended, int agree, int disagree, int abstain) {

    public VoteTally {
        if (entitled < 0 || attended < 0 || attended > entitled || agree < 0 || disagree < 0 || abstain < 0
                || agree + disagree + abstain > attended) {
            throw new IllegalArgumentException("Inconsistent tally " + entitled + "/" + attended + "/" + agree
                    + "/" + disagree + "/" + abstain);
        }
    }

    /** Integer arithmetic: exactly two thirds present is enough, and no rounding can tip the rule. */
    public boolean quorate() {
        return entitled > 0 && attended * 3 >= entitled * 2;
    }

    public boolean passed() {
        return quorate() && agree * 2 > entitled;
    }

    /** Members present who have not voted yet. */
    public int pending() {
        return attended - agree - disagree - abstain;
    }

    /** The smallest attendance that makes the meeting quorate. */
    public int quorum() {
        return (entitled * 2 + 2) / 3;
    }

    /** The smallest number of 同意 votes that passes the proposal. */
    public int majority() {
        return entitled / 2 + 1;
    }
}
