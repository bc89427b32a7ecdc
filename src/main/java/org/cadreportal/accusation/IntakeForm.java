package org.cadreportal.accusation;

import java.time.LocalDate;
import java.util.List;

/**
 * 受理: a report as registered. The reporter may stay anonymous; otherwise the name is required. Every
 * allegation names one of the accused cadres.
 */
public record IntakeForm(String reportNo, LocalDate receivedOn, Channel channel, boolean anonymous,
                         String reporterName, String reporterContact, String summary, List<Long> accusedIds,
                         List<AllegationInput> allegations) {

    public IntakeForm {
        accusedIds = accusedIds == null ? List.of() : List.copyOf(accusedIds);
        allegations = allegations == null ? List.of() : List.copyOf(allegations);
    }
}
