package org.cadreportal.cadre.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.AnnualGradeBook;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.cadre.domain.AnnualGradeRecord;
import org.cadreportal.cadre.domain.AnnualGradeRepository;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.GradeRecorders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class AnnualGradeBookImpl implements AnnualGradeBook {

    private final CadreRepository cadres;
    private final AnnualGradeRepository grades;
    private final DataScope scope;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    @Override
    @GradeRecorders
    public int record(int year, Map<Long, AnnualGrade> gradeByCadre) {
        if (year < 1990 || year > 2100) {
            throw new FieldException("year", "validation.number");
        }
        Map<Long, AnnualGradeRecord> held = new HashMap<>();
        grades.findByCadreIdInAndYear(gradeByCadre.keySet(), year).forEach(g -> held.put(g.getCadreId(), g));
        int changed = 0;
        for (Map.Entry<Long, AnnualGrade> e : gradeByCadre.entrySet()) {
            if (e.getValue() == null) {
                throw new FieldException("grade", "validation.required");
            }
            long cadreId = e.getKey();
            Cadre cadre = accessLog.visible(AccessTypes.CADRE, cadreId, cadres.findWithUnitById(cadreId),
                    c -> scope.covers(c.getUnit()));
            AnnualGradeRecord row = held.get(cadreId);
            if (row != null && row.getGrade() == e.getValue()) {
                continue;
            }
            if (row == null) {
                grades.save(new AnnualGradeRecord(cadreId, year, e.getValue()));
            } else {
                row.regrade(e.getValue());
            }
            // A profile form opened before this grade must not save its older list of grades over it.
            em.lock(cadre, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            events.publishEvent(new AnnualGradesRecorded(cadreId, year, e.getValue()));
            changed++;
        }
        grades.flush();
        return changed;
    }
}
