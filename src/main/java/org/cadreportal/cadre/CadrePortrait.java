package org.cadreportal.cadre;

import java.time.LocalDate;
import java.util.List;

/**
 * A cadre's portrait (干部画像) as the people who decide read it beside a case: the profile line and one
 * section per feature that has records the viewer may open, in their {@link PortraitSection#order()}.
 * {@code age} is in whole years on the day it was read; {@code hasPhoto} says whether the profile has a photo
 * (the page fetches the image itself, through {@link CadreProfileService#photo}).
 */
public record CadrePortrait(long cadreId, String name, LocalDate birthDate, int age, String unitName, String postTitle,
                            CadreRank rank, boolean hasPhoto, List<PortraitSection> sections) {

    public CadrePortrait {
        sections = List.copyOf(sections);
    }

    /** The section with this key, if the viewer has it. */
    public java.util.Optional<PortraitSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
