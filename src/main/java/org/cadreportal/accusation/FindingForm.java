package org.cadreportal.accusation;

import java.util.List;

/** 认定: a finding for every allegation of the case, and the officer's overall opinion. */
public record FindingForm(List<AllegationFinding> findings, String opinion) {

    public FindingForm {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
