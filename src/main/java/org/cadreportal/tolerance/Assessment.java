package org.cadreportal.tolerance;

import org.cadreportal.base.Labelled;

/** How a visited cadre is doing, as the visitors assess it. */
public enum Assessment implements Labelled {
    GOOD, FAIR, POOR;

    @Override
    public String labelPrefix() {
        return "tolerance.assessment.";
    }
}
