package org.cadreportal.award.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.domain.AwardRecord;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.award.domain.AwardSpecs;
import org.cadreportal.report.FigurePaging;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.TableFigureSource;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's 记功奖励 and 公开批评: records decided in the period, in the unit subtree and the user's scope. */
@Component
class AwardFigures extends TableFigureSource<AwardKind> {

    static final String AWARDS = "award.awards";
    static final String CRITICISMS = "award.criticisms";
    private static final FigureTable<AwardKind> FIGURES = new FigureTable<AwardKind>("report.section.award")
            .count(AWARDS, "figure.award.awards", 1, "report.measure.items", AwardKind.AWARD)
            .count(CRITICISMS, "figure.award.criticisms", 2, "report.measure.people", AwardKind.CRITICISM);

    private final AwardRecordRepository records;

    AwardFigures(AwardRecordRepository records, DataScope scope) {
        super(FIGURES, scope, AccessTypes.AWARD);
        this.records = records;
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
        String path = scope().narrow(unitId);
        return FIGURES.counts(kind -> records.count(spec(kind, from, to, path)));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        Pageable page = FigurePaging.page(pageable, Sort.by(Sort.Direction.DESC, "decidedOn").and(Sort.by("id")));
        return records.findAll(spec(FIGURES.figure(key), from, to, scope().narrow(unitId)), page)
                .map(AwardFigures::record);
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
