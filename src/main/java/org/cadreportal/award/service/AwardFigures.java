package org.cadreportal.award.service;

import java.time.LocalDate;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.domain.AwardRecord;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.award.domain.AwardSpecs;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.FigureQuery;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.security.DataScope;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The dashboard's 记功奖励 and 公开批评: records decided in the period, in the unit subtree and the user's scope. */
@Component
class AwardFigures extends QueryFigureSource.ForCaseReaders<AwardKind> {

    static final String AWARDS = "award.awards";
    static final String CRITICISMS = "award.criticisms";
    private static final FigureTable<AwardKind> FIGURES = new FigureTable<AwardKind>("report.section.award")
            .count(AWARDS, "figure.award.awards", 1, "report.measure.items", AwardKind.AWARD)
            .count(CRITICISMS, "figure.award.criticisms", 2, "report.measure.people", AwardKind.CRITICISM);

    AwardFigures(AwardRecordRepository records, DataScope scope) {
        super(FIGURES, FigureQuery.bySpecification(records, AwardFigures::spec, kind -> "decidedOn",
                (kind, a) -> record(a)), scope, AccessTypes.AWARD);
    }

    private static Specification<AwardRecord> spec(AwardKind kind, LocalDate from, LocalDate to, String path) {
        return AwardSpecs.matching(new AwardFilter(kind, null, null, null, from, to), path, null);
    }

    private static FigureRecord record(AwardRecord a) {
        String title = a.getCadreName() + (a.getType() == null ? "" : " · " + a.getType().chinese());
        String detail = a.getIssuedBy() + (a.getDocumentNo() == null ? "" : "（" + a.getDocumentNo() + "）") + "："
                + a.getReason();
        return new FigureRecord(a.getId(), a.getDecidedOn(), title, a.getUnit().getName(), detail, "awards");
    }

}
