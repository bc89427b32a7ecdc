package org.cadreportal.cadre.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.cadre.RosterImportResult.RowError;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.cadre.domain.CadreUnit;
import org.cadreportal.cadre.domain.CadreUnitRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a whole roster before saving any of it: one bad row and nothing is saved, and the clerk gets
 * every bad row with the reason. Rows match existing cadres by cadre code (update) or are added.
 */
@Component
class RosterImport {

    private static final java.util.Locale SHEET_LOCALE = java.util.Locale.SIMPLIFIED_CHINESE;

    private final CadreRepository cadres;
    private final CadreUnitRepository units;
    private final CadreWriter writer;
    private final Validator validator;
    private final MessageSource messages;

    RosterImport(CadreRepository cadres, CadreUnitRepository units, CadreWriter writer, Validator validator,
                 MessageSource messages) {
        this.cadres = cadres;
        this.units = units;
        this.writer = writer;
        this.validator = validator;
        this.messages = messages;
    }

    RosterImportResult run(ParsedRoster roster, String scopePath, LocalDate today) {
        List<RowError> errors = new ArrayList<>(roster.errors());
        List<ParsedRoster.Row> rows = roster.rows();
        Map<String, CadreUnit> unitsByCode = units.findByCodeIn(rows.stream().map(ParsedRoster.Row::unitCode).toList())
                .stream().collect(Collectors.toMap(CadreUnit::getCode, Function.identity()));
        Map<String, Cadre> existing = cadres.findByCodeIn(rows.stream().map(r -> r.form().getCode()).toList())
                .stream().collect(Collectors.toMap(Cadre::getCode, Function.identity()));
        Set<String> seenCodes = new HashSet<>();
        Map<ParsedRoster.Row, CadreUnit> resolved = new HashMap<>();
        for (ParsedRoster.Row row : rows) {
            CadreRules.normalise(row.form());
            for (ConstraintViolation<?> v : validator.validate(row.form())) {
                if ("unitId".equals(v.getPropertyPath().toString())) {
                    continue; // the unit is reported by its code below
                }
                errors.add(error(row, columnOf(v.getPropertyPath().toString()), key(v.getMessageTemplate())));
            }
            try {
                CadreRules.checkBirthDate(row.form().getBirthDate(), today);
            } catch (FieldException e) {
                errors.add(new RowError(row.rowNumber(), label("roster.col.birthDate"), e.messageKey(), List.of(e.args())));
            }
            if (!seenCodes.add(row.form().getCode())) {
                errors.add(error(row, "roster.col.code", "roster.error.duplicateCode", row.form().getCode()));
            }
            CadreUnit unit = unitsByCode.get(row.unitCode());
            if (unit == null || !unit.isWithin(scopePath) || !unit.isActive()) {
                errors.add(error(row, "roster.col.unitCode", "roster.error.unit", row.unitCode()));
            } else {
                resolved.put(row, unit);
                row.form().setUnitId(unit.getId());
            }
            Cadre current = existing.get(row.form().getCode());
            if (current != null && !current.getUnit().isWithin(scopePath)) {
                // Another unit's cadre: report it like an unknown unit would be, without naming them.
                errors.add(error(row, "roster.col.code", "roster.error.codeOutOfScope", row.form().getCode()));
            } else if (current != null && current.getStatus() == CadreStatus.RETIRED) {
                errors.add(error(row, "roster.col.code", "roster.error.retired", row.form().getCode()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new RosterImportResult(0, 0, errors);
        }
        int added = 0;
        int updated = 0;
        for (ParsedRoster.Row row : rows) {
            Cadre current = existing.get(row.form().getCode());
            if (current == null) {
                writer.create(row.form(), resolved.get(row), today);
                added++;
            } else {
                writer.update(current, row.form(), resolved.get(row), today);
                updated++;
            }
        }
        return new RosterImportResult(added, updated, List.of());
    }

    private RowError error(ParsedRoster.Row row, String columnKey, String messageKey, Object... args) {
        return new RowError(row.rowNumber(), label(columnKey), messageKey, List.of(args));
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET_LOCALE);
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
