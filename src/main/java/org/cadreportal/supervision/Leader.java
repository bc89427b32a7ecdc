package org.cadreportal.supervision;

import java.util.Optional;

/** A city leader (市领导, a member of the 常委会) who may 包保 items. */
public record Leader(String username, String name) {

    private static final String PART = "leader:";

    /** The dashboard part ({@code FigureFilter} choice) that narrows 大督办 to the items he has in charge. */
    public static String part(String username) {
        return PART + username;
    }

    /** The leader a dashboard part names; empty for no part or a part of another filter. */
    public static Optional<String> ofPart(String part) {
        return part != null && part.startsWith(PART) && part.length() > PART.length()
                ? Optional.of(part.substring(PART.length())) : Optional.empty();
    }
}
