package org.cadreportal.cadre.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PlainInput;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.cadre.RosterImportResult.RowError;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.springframework.stereotype.Component;

/**
 * Checks a whole roster before saving any of it: one bad row and nothing is saved, and the clerk gets
 * every bad row with the reason. Rows match existing cadres by cadre code (update) or are added.
 */
@Component
@RequiredArgsConstructor
class RosterImport {

    private final CadreRepository cadres;
    private final UnitViewRepository units;
    private final CadreWriter writer;
    private final Validator validator;
    private final RosterWorkbook workbook;
    private final ProfileChecks profileChecks;
    private final ProfileWriter profileWriter;

    RosterImportResult run(ParsedRoster roster, String scopePath, LocalDate today) {
        Report errors = new Report(roster.errors());
        List<ParsedRoster.Row> rows = roster.rows();
        Map<String, UnitView> unitsByCode = units.findByCodeIn(rows.stream().map(ParsedRoster.Row::unitCode).toList())
                .stream().collect(Collectors.toMap(UnitView::getCode, Function.identity()));
        Map<String, Cadre> existing = cadres.findByCodeIn(rows.stream().map(r -> r.form().getCode()).toList())
                .stream().collect(Collectors.toMap(Cadre::getCode, Function.identity()));
        Set<String> seenCodes = new HashSet<>();
        Set<String> seenIds = new HashSet<>();
        for (ParsedRoster.Row row : rows) {
            CadreRules.normalise(row.form());
            try {
                PlainInput.check("form", row.form());
            } catch (FieldException e) {
                errors.addOnce(error(row, columnOf(e.field()), e.messageKey(), e.args()));
            }
            for (ConstraintViolation<?> v : validator.validate(row.form())) {
                if ("unitId".equals(v.getPropertyPath().toString())) {
                    continue; // the unit is reported by its code below
                }
                errors.addOnce(error(row, columnOf(v.getPropertyPath().toString()), key(v.getMessageTemplate())));
            }
            try {
                CadreRules.check(row.form(), today);
            } catch (FieldException e) {
                errors.addOnce(error(row, columnOf(e.field()), e.messageKey(), e.args()));
            }
            if (!seenCodes.add(row.form().getCode())) {
                errors.addOnce(error(row, "roster.col.code", "roster.error.duplicateCode", row.form().getCode()));
            }
            UnitView unit = unitsByCode.get(row.unitCode());
            if (unit == null || !unit.isWithin(scopePath) || !unit.isActive()) {
                errors.addOnce(error(row, "roster.col.unitCode", "roster.error.unit", row.unitCode()));
            } else {
                row.form().setUnitId(unit.getId());
            }
            Cadre current = existing.get(row.form().getCode());
            if (current != null && !current.getUnit().isWithin(scopePath)) {
                // Another unit's cadre: report it like an unknown unit would be, without naming them.
                errors.addOnce(error(row, "roster.col.code", "roster.error.codeOutOfScope", row.form().getCode()));
            } else if (current != null && current.getStatus() == CadreStatus.RETIRED) {
                errors.addOnce(error(row, "roster.col.code", "roster.error.retired", row.form().getCode()));
            }
            if (row.profile() != null) {
                checkProfile(row, current, today, seenIds, errors);
            }
        }
        if (!errors.list.isEmpty()) {
            errors.list.sort(java.util.Comparator.comparingInt(RowError::row));
            return new RosterImportResult(0, 0, errors.list);
        }
        int added = 0;
        int updated = 0;
        for (ParsedRoster.Row row : rows) {
            Cadre current = existing.get(row.form().getCode());
            UnitView unit = unitsByCode.get(row.unitCode());
            Cadre saved;
            if (current == null) {
                saved = writer.create(row.form(), unit, today);
                added++;
            } else {
                saved = writer.update(current, row.form(), unit, today);
                updated++;
            }
            if (row.profile() != null) {
                profileWriter.writeFields(saved, row.profile(), true);
            }
        }
        return new RosterImportResult(added, updated, List.of());
    }

    /** The row's 任免审批表 cells: each constraint and rule, on the column it is about. */
    private void checkProfile(ParsedRoster.Row row, Cadre current, LocalDate today, Set<String> seenIds, Report errors) {
        org.cadreportal.cadre.ProfileForm p = row.profile();
        List<FieldException> found = new ArrayList<>(profileChecks.constraints(p));
        found.addAll(profileChecks.problems(current == null ? null : current.getId(), row.form().getBirthDate(),
                row.form().getGender(), p, today));
        String id = org.cadreportal.cadre.IdentityNumber.normalise(p.getIdNumber());
        if (id != null && !seenIds.add(id)) {
            found.add(new FieldException("idNumber", "roster.error.duplicateIdNumber"));
        }
        for (FieldException e : found) {
            errors.addOnce(error(row, RosterColumn.ofProfile(e.field()).labelKey, e.messageKey(), e.args()));
        }
    }

    /**
     * The bad cells found so far, one reason per cell: the first is the most specific (an unreadable
     * cell beats "required", a missing unit code beats "unknown unit").
     */
    private static final class Report {

        final List<RowError> list;
        private final Set<String> cells = new HashSet<>();

        Report(List<RowError> fromReader) {
            list = new ArrayList<>();
            fromReader.forEach(this::addOnce);
        }

        void addOnce(RowError error) {
            if (cells.add(error.row() + ":" + error.column())) {
                list.add(error);
            }
        }
    }

    private RowError error(ParsedRoster.Row row, String columnKey, String messageKey, Object... args) {
        return new RowError(row.rowNumber(), label(columnKey), messageKey, List.of(args));
    }

    private String label(String key) {
        return workbook.label(key);
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }

    private static String columnOf(String property) {
        return switch (property) {
            case "code" -> "roster.col.code";
            case "name" -> "roster.col.name";
            case "gender" -> "roster.col.gender";
            case "birthDate" -> "roster.col.birthDate";
            case "ethnicity" -> "roster.col.ethnicity";
            case "party" -> "roster.col.party";
            case "education" -> "roster.col.education";
            case "unitId" -> "roster.col.unitCode";
            case "postTitle" -> "roster.col.post";
            case "rank" -> "roster.col.rank";
            case "level" -> "roster.col.level";
            default -> "roster.col.category";
        };
    }
}
