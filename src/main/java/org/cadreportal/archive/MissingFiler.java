package org.cadreportal.archive;

import java.time.LocalDateTime;
import org.cadreportal.cadre.CadreCategory;

/**
 * A cadre who must file for a period and has submitted nothing for it yet; {@code remindedAt} is when
 * they were last reminded for it, or null.
 */
public record MissingFiler(long cadreId, String name, String unitName, String postTitle, CadreCategory category,
                           LocalDateTime remindedAt) {
}
