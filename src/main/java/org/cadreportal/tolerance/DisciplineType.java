package org.cadreportal.tolerance;

import org.cadreportal.base.Labelled;

/** The kind of discipline a cadre received, after which 回访教育 follows. */
public enum DisciplineType implements Labelled {
    PARTY, GOVERNMENT, ORGANISATIONAL, ADMONITION;

    @Override
    public String labelPrefix() {
        return "tolerance.discipline.";
    }
}
