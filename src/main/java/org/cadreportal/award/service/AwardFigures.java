package org.cadreportal.award.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.domain.AwardRecord;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.award.domain.AwardSpecs;
import org.cadreportal.report.FigureDefinition;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureSource;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's 记功奖励 and 公开批评: records decided in the period, in the unit subtree and the user's scope. */
@Component
class AwardFigures implements FigureSource {

    static final String AWARDS = "award.awards";
    static final String CRITICISMS = "award.criticisms";
    private static final String SECTION = "report.section.award";

    private final AwardRecordRepository records;
    private final DataScope scope;

    AwardFigures(AwardRecordRepository records, DataScope scope) {
        this.records = records;
        this.scope = scope;
    }

    @Override
    @PermitAll
    public boolean available() {
        // Its drill-downs list these records: the one rule decides, as on the records' own pages.
        return RecordAccess.mayOpen(AccessTypes.DASHBOARD) && RecordAccess.mayOpen(AccessTypes.AWARD);
    }

    @Override
    @PermitAll
    public List<FigureDefinition> definitions() {
        return List.of(FigureDefinition.count(AWARDS, "figure.award.awards", SECTION, 1, "report.measure.items"),
                FigureDefinition.count(CRITICISMS, "figure.award.criticisms", SECTION, 2, "report.measure.people"));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
        String path = scope.narrow(unitId);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(AWARDS, records.count(spec(AwardKind.AWARD, from, to, path)));
        counts.put(CRITICISMS, records.count(spec(AwardKind.CRITICISM, from, to, path)));
        return counts;
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        AwardKind kind = switch (key) {
            case AWARDS -> AwardKind.AWARD;
            case CRITICISMS -> AwardKind.CRITICISM;
            default -> throw new IllegalArgumentException("Unknown figure " + key);
        };
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 500),
                Sort.by(Sort.Direction.DESC, "decidedOn").and(Sort.by("id")));
        return records.findAll(spec(kind, from, to, scope.narrow(unitId)), page).map(AwardFigures::record);
    }

    private static FigureRecord record(AwardRecord a) {
        String title = a.getCadreName() + (a.getType() == null ? "" : " · " + a.getType().chinese());
        String detail = a.getIssuedBy() + (a.getDocumentNo() == null ? "" : "（" + a.getDocumentNo() + "）") + "："
                + a.getReason();
        return new FigureRecord(a.getId(), a.getDecidedOn(), title, a.getUnit().getName(), detail, "awards");
    }

    private static Specification<AwardRecord> spec(AwardKind kind, LocalDate from, LocalDate to, String path) {
        return AwardSpecs.matching(new AwardFilter(kind, null, null, null, from, to), path, null);
    }

}
