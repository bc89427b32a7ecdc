package org.cadreportal.cadre.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.CadrePortrait;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSource;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadrePhotoRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a cadre's portrait together for {@link org.cadreportal.cadre.CadreService#portrait}, once the
 * registry has checked the cadre is in the user's scope: the profile line, whether there is a photo (not
 * the image: the page fetches it on its own), and every {@link PortraitSource}'s section in order.
 */
@Component
@RequiredArgsConstructor
class Portraits {

    private final List<PortraitSource> sources;
    private final CadrePhotoRepository photos;
    private final Clock clock;

    CadrePortrait of(Cadre c, Locale locale) {
        long id = c.getId();
        List<PortraitSection> sections = sources.stream().flatMap(s -> s.sectionFor(id, locale).stream())
                .sorted(Comparator.comparingInt(PortraitSection::order)).toList();
        int age = c.getBirthDate() == null ? 0 : Period.between(c.getBirthDate(), LocalDate.now(clock)).getYears();
        return new CadrePortrait(id, c.getName(), c.getBirthDate(), age, c.getUnit().getName(), c.getPostTitle(),
                c.getRank(), photos.hasPhoto(id), sections);
    }
}
