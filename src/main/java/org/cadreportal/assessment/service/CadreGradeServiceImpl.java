package org.cadreportal.assessment.service;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.CadreGradeFilter;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.CadreGradeService;
import org.cadreportal.assessment.GroupGradeShare;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.assessment.domain.AssessmentPlan;
import org.cadreportal.assessment.domain.AssessmentPlanRepository;
import org.cadreportal.assessment.service.CadreGradeQueries.Target;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.AnnualGradeBook;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.GradeRecorders;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class CadreGradeServiceImpl implements CadreGradeService {

    static final String OVER_LIMIT = "assessment.grades.error.overLimit";

    private final AssessmentPlanRepository plans;
    private final CadreGradeQueries queries;
    private final GradeWorkbook workbook;
    private final AnnualGradeBook gradeBook;
    private final DataScope scope;

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public Page<CadreGradeRow> page(long planId, CadreGradeFilter filter, Pageable pageable) {
        return queries.page(planId, plan(planId).getYear(), filter, scope.path(), pageable);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public long count(long planId, CadreGradeFilter filter) {
        return queries.count(planId, plan(planId).getYear(), filter, scope.path());
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<GroupGradeShare> shares(long planId) {
        AssessmentPlan p = plan(planId);
        return queries.shares(planId, p.getYear(), p.rules().excellentShare());
    }

    @Override
    @GradeRecorders
    public void record(long planId, long cadreId, AnnualGrade grade) {
        if (grade == null) {
            throw new FieldException("grade", "validation.required");
        }
        AssessmentPlan p = plan(planId);
        Target t = queries.target(planId, p.getYear(), cadreId).filter(x -> scope.covers(x.unitPath()))
                .orElseThrow(RecordNotFoundException::new);
        if (grade == AnnualGrade.EXCELLENT && t.grade() != AnnualGrade.EXCELLENT) {
            queries.lockGroup(t.groupId());
            GroupGradeShare s = queries.share(planId, p.getYear(), t.groupId(), p.rules().excellentShare());
            if (s.excellent() + 1 > s.maxExcellent()) {
                throw new FieldException("grade", OVER_LIMIT, s.name(), percent(s.limitShare()), s.maxExcellent(),
                        s.excellent());
            }
        }
        gradeBook.record(p.getYear(), Map.of(cadreId, grade));
    }

    @Override
    @GradeRecorders
    @Transactional(readOnly = true)
    public void writeTemplate(long planId, OutputStream out) {
        AssessmentPlan p = plan(planId);
        workbook.write(p.getYear(), queries.page(planId, p.getYear(), CadreGradeFilter.all(), scope.path(),
                PageRequest.of(0, GradeWorkbook.MAX_ROWS)).getContent(), out);
    }

    @Override
    @GradeRecorders
    public ImportResult importGrades(long planId, InputStream in) {
        AssessmentPlan p = plan(planId);
        int year = p.getYear();
        List<RowError> errors = new ArrayList<>();
        List<GradeWorkbook.Parsed> rows = workbook.parse(in, errors);
        Map<String, Target> byCode = new HashMap<>();
        queries.targets(planId, year).forEach(t -> byCode.put(t.code(), t));
        Set<String> seen = new HashSet<>();
        Map<GradeWorkbook.Parsed, Target> accepted = new LinkedHashMap<>();
        for (GradeWorkbook.Parsed r : rows) {
            Target t = byCode.get(r.cadreCode());
            if (r.cadreCode().isEmpty()) {
                errors.add(error(r, GradeWorkbook.Col.CADRE_CODE, "validation.required"));
            } else if (t == null || !scope.covers(t.unitPath())) {
                errors.add(error(r, GradeWorkbook.Col.CADRE_CODE, "assessment.grades.error.notInPlan", r.cadreCode()));
            } else if (!seen.add(r.cadreCode())) {
                errors.add(error(r, GradeWorkbook.Col.CADRE_CODE, "assessment.grades.error.duplicate", r.cadreCode()));
            } else if (r.grade() != null) {
                accepted.put(r, t);
            }
        }
        checkLimits(p, accepted, errors);
        if (!errors.isEmpty()) {
            return ImportResult.refused(errors);
        }
        Map<Long, AnnualGrade> grades = new LinkedHashMap<>();
        accepted.forEach((r, t) -> grades.put(t.cadreId(), r.grade()));
        gradeBook.record(year, grades);
        return new ImportResult(grades.size(), List.of());
    }

    /**
     * The groups as the file would leave them: a cadre leaving 优秀 frees a place first, then the new 优秀 rows take
     * the places left in the file's order, and each row past the group's limit is refused, naming the group.
     */
    private void checkLimits(AssessmentPlan p, Map<GradeWorkbook.Parsed, Target> accepted, List<RowError> errors) {
        Set<Long> touched = new TreeSet<>();
        accepted.forEach((r, t) -> {
            if (r.grade() == AnnualGrade.EXCELLENT && t.grade() != AnnualGrade.EXCELLENT) {
                touched.add(t.groupId());
            }
        });
        if (touched.isEmpty()) {
            return;
        }
        // Locked in id order, so two imports never wait for each other crosswise.
        touched.forEach(queries::lockGroup);
        Map<Long, GroupGradeShare> shares = new HashMap<>();
        queries.shares(p.getId(), p.getYear(), p.rules().excellentShare()).forEach(s -> shares.put(s.groupId(), s));
        Map<Long, Integer> count = new HashMap<>();
        shares.forEach((id, s) -> count.put(id, s.excellent()));
        accepted.forEach((r, t) -> {
            if (t.grade() == AnnualGrade.EXCELLENT && r.grade() != AnnualGrade.EXCELLENT) {
                count.merge(t.groupId(), -1, Integer::sum);
            }
        });
        accepted.forEach((r, t) -> {
            if (r.grade() == AnnualGrade.EXCELLENT && t.grade() != AnnualGrade.EXCELLENT) {
                GroupGradeShare s = shares.get(t.groupId());
                int now = count.get(t.groupId());
                if (now + 1 > s.maxExcellent()) {
                    errors.add(error(r, GradeWorkbook.Col.GRADE, OVER_LIMIT, s.name(), percent(s.limitShare()),
                            s.maxExcellent(), now));
                } else {
                    count.put(t.groupId(), now + 1);
                }
            }
        });
    }

    private RowError error(GradeWorkbook.Parsed r, GradeWorkbook.Col col, String key, Object... args) {
        return new RowError(r.row(), workbook.label(col.key), key, List.of(args));
    }

    /** 0.2 as "20%". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private AssessmentPlan plan(long planId) {
        return plans.findById(planId).orElseThrow(RecordNotFoundException::new);
    }
}
