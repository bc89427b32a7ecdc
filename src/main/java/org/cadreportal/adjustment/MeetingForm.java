package org.cadreportal.adjustment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 讨论决定's meeting: its date, the members entitled to attend (by username), those absent with the reason,
 * and who presides and who records. Every entitled member not listed as absent attended. A null
 * {@code chair} names the member with the chair flag; {@code recorder} may be null.
 */
public record MeetingForm(LocalDate meetingDate, Set<String> entitled, Map<String, Absence> absent, String chair,
                          String recorder) {

    public MeetingForm {
        entitled = entitled == null ? Set.of() : Set.copyOf(entitled);
        absent = absent == null ? Map.of() : Map.copyOf(absent);
    }

    /** Those who attended; the others are on leave, with the chair the default one. */
    public MeetingForm(LocalDate meetingDate, Set<String> entitled, Set<String> attended) {
        this(meetingDate, entitled, entitled.stream().filter(u -> !attended.contains(u))
                .collect(Collectors.toMap(u -> u, u -> Absence.LEAVE)), null, null);
    }

    public Set<String> attended() {
        return entitled.stream().filter(u -> !absent.containsKey(u)).collect(Collectors.toSet());
    }
}
