package org.cadreportal.assessment;

/**
 * How much of a plan is scored from statistics without a human: indicators in the library, those among them
 * that are, their share, the share of the groups' weight they carry, and whether the plan's minimum is met.
 */
public record StatisticsShare(int indicators, int fromStatistics, double countShare, double weightShare,
                              double minimum) {

    public boolean met() {
        return countShare + 1e-9 >= minimum;
    }
}
