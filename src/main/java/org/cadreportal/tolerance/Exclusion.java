package org.cadreportal.tolerance;

import org.cadreportal.base.Labelled;

/** What 核实 checks; any of them found means the error may not be exempted (免责) [R]. */
public enum Exclusion implements Labelled {
    LAW_BREAKING, PRIVATE_GAIN, MAJOR_INCIDENT;

    @Override
    public String labelPrefix() {
        return "tolerance.exclusion.";
    }
}
