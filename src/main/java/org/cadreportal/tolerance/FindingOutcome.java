package org.cadreportal.tolerance;

import org.cadreportal.base.Labelled;

/** 认定: the finding on an application. Only 免责 is barred by an exclusion found at 核实. */
public enum FindingOutcome implements Labelled {
    EXEMPT, REDUCED, REFUSED;

    @Override
    public String labelPrefix() {
        return "tolerance.outcome.";
    }
}
