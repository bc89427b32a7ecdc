package org.cadreportal.cadre.service;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.CadreAdjustment;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.domain.CareerRecord;
import org.cadreportal.cadre.domain.CareerRecordRepository;
import org.springframework.stereotype.Component;

/**
 * Writes a validated profile to a cadre, keeping the career history in step: the one place both the
 * form and the roster import save through.
 */
@Component
@RequiredArgsConstructor
class CadreWriter {

    private final CadreRepository cadres;
    private final CareerRecordRepository careers;
    private final UnitViewRepository units;

    Cadre create(CadreForm form, UnitView unit, LocalDate today) {
        Cadre cadre = new Cadre(form.getCode());
        apply(cadre, form, unit);
        cadres.save(cadre);
        careers.save(new CareerRecord(cadre.getId(), today, unit.getName(), form.getPostTitle(), form.getRank()));
        return cadre;
    }

    Cadre update(Cadre cadre, CadreForm form, UnitView unit, LocalDate today) {
        if (cadre.isCareerChange(unit, form.getPostTitle(), form.getRank())) {
            careers.findFirstByCadreIdAndEndDateIsNullOrderByStartDateDesc(cadre.getId()).ifPresent(c -> c.end(today));
            careers.save(new CareerRecord(cadre.getId(), today, unit.getName(), form.getPostTitle(), form.getRank()));
        }
        apply(cadre, form, unit);
        return cadre;
    }

    /** A decided post and rank change: the current entry ends the day before the new one starts. */
    void adjust(Cadre cadre, CadreAdjustment change) {
        careers.findFirstByCadreIdAndEndDateIsNullOrderByStartDateDesc(cadre.getId()).ifPresent(current -> {
            if (!change.effectiveDate().isAfter(current.getStartDate())) {
                // The current entry would end before it began: the history must stay in order.
                throw new FieldException("effectiveDate", "cadre.error.effectiveBeforeCurrent",
                        current.getStartDate());
            }
            current.end(change.effectiveDate().minusDays(1));
        });
        // Unit, post and rank move together: a post in another unit moves the cadre to that unit.
        UnitView unit = change.unitId() == null ? cadre.getUnit()
                : units.findById(change.unitId()).orElseThrow(org.cadreportal.base.RecordNotFoundException::new);
        CareerRecord entry = new CareerRecord(cadre.getId(), change.effectiveDate(), unit.getName(),
                change.postTitle(), change.rank());
        entry.noteCause(change.note(), change.impactUntil());
        careers.save(entry);
        cadre.appoint(unit, change.postTitle(), change.rank());
    }

    private static void apply(Cadre cadre, CadreForm f, UnitView unit) {
        cadre.describe(f.getName(), f.getGender(), f.getBirthDate(), f.getEthnicity(), f.getParty(), f.getEducation(),
                f.getLevel(), f.getCategory());
        cadre.appoint(unit, f.getPostTitle(), f.getRank());
    }
}
