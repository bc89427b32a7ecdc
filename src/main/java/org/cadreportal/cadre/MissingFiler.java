package org.cadreportal.cadre;

/** A cadre who must file for a period and has submitted nothing for it yet. */
public record MissingFiler(long cadreId, String name, String unitName, String postTitle, CadreCategory category) {
}
