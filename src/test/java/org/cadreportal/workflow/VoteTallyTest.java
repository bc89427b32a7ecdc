package org.cadreportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 讨论决定 rule: a two-thirds quorum of those entitled, and a majority of all entitled, not of those present. */
class VoteTallyTest {

    @Test
    void exactlyTwoThirdsPresentIsAQuorumAndOneFewerIsNot() {
        assertThat(new VoteTally(6, 4, 0, 0, 0).quorate()).isTrue();
        assertThat(new VoteTally(6, 3, 0, 0, 0).quorate()).isFalse();
        assertThat(new VoteTally(9, 6, 0, 0, 0).quorate()).isTrue();
        assertThat(new VoteTally(9, 5, 0, 0, 0).quorate()).isFalse();
    }

    @Test
    void aQuorumThatIsNotAWholeNumberRoundsUp() {
        // Two thirds of 5 is 3.33: three members present are not enough, four are.
        assertThat(new VoteTally(5, 3, 3, 0, 0).quorate()).isFalse();
        assertThat(new VoteTally(5, 4, 0, 0, 0).quorate()).isTrue();
        assertThat(new VoteTally(5, 0, 0, 0, 0).quorum()).isEqualTo(4);
        assertThat(new VoteTally(6, 0, 0, 0, 0).quorum()).isEqualTo(4);
        assertThat(new VoteTally(7, 0, 0, 0, 0).quorum()).isEqualTo(5);
    }

    @Test
    void aMajorityOfThosePresentIsNotEnoughWithoutAMajorityOfAllEntitled() {
        // 9 entitled, 6 present, 4 for: a majority of the room but only 4 of 9.
        assertThat(new VoteTally(9, 6, 4, 2, 0).passed()).isFalse();
        assertThat(new VoteTally(9, 6, 5, 1, 0).passed()).isTrue();
        assertThat(new VoteTally(9, 0, 0, 0, 0).majority()).isEqualTo(5);
    }

    @Test
    void aTieDoesNotPass() {
        assertThat(new VoteTally(4, 4, 2, 2, 0).passed()).isFalse();
        assertThat(new VoteTally(4, 4, 2, 0, 2).passed()).isFalse();
        assertThat(new VoteTally(4, 0, 0, 0, 0).majority()).isEqualTo(3);
    }

    @Test
    void unanimousVotesWithoutAQuorumDecideNothing() {
        assertThat(new VoteTally(9, 5, 5, 0, 0).passed()).isFalse();
    }

    @Test
    void membersPresentWhoHaveNotVotedArePending() {
        assertThat(new VoteTally(5, 4, 2, 1, 0).pending()).isEqualTo(1);
    }

    @Test
    void anImpossibleCountIsRefused() {
        assertThatThrownBy(() -> new VoteTally(5, 6, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoteTally(5, 3, 2, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VoteTally(0, 0, 0, 0, 0).quorate()).isFalse();
    }
}
