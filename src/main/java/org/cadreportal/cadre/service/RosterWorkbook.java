package org.cadreportal.cadre.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.base.PortalException;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.cadre.ProfileMonth;
import org.cadreportal.cadre.RosterImportResult.RowError;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the roster spreadsheet. Labels are the Chinese ones clerks type; the import also
 * accepts the English labels and the codes.
 */
@Component
@RequiredArgsConstructor
class RosterWorkbook {

    static final int MAX_ROWS = 20_000;
    private static final Locale SHEET_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final java.util.regex.Pattern VBA_PART = java.util.regex.Pattern.compile("(?i).*vbaProject.*");

    private final MessageSource messages;

    void writeTemplate(OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            header(wb, wb.createSheet(label("roster.sheet")));
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams every matching cadre in the template's columns, so an export can be imported again; the
     * identity number (personal data) is left out.
     */
    void export(Function<Pageable, Page<org.cadreportal.cadre.domain.Cadre>> source, OutputStream out) {
        List<String> headers = java.util.Arrays.stream(RosterColumn.values()).filter(RosterColumn::isExported)
                .map(c -> label(c.labelKey)).toList();
        ExcelExport.write(label("roster.sheet"), headers, source, c -> {
            List<String> cells = new ArrayList<>(cells(CadreServiceImpl.toRow(c)));
            cells.addAll(RosterProfileCells.export(c.getProfile(), this::label));
            return cells;
        }, out);
    }

    private void header(Workbook wb, Sheet sheet) {
        ExcelExport.heading(sheet, 0, java.util.Arrays.stream(RosterColumn.values()).map(c -> label(c.labelKey)).toList(),
                ExcelExport.bold(wb), c -> 16);
    }

    private List<String> cells(CadreRow c) {
        String[] v = new String[RosterColumn.NATIVE_PLACE.ordinal()];
        v[RosterColumn.CODE.ordinal()] = c.code();
        v[RosterColumn.NAME.ordinal()] = c.name();
        v[RosterColumn.GENDER.ordinal()] = label(c.gender().labelKey());
        v[RosterColumn.BIRTH_DATE.ordinal()] = c.birthDate().format(DATE);
        v[RosterColumn.ETHNICITY.ordinal()] = c.ethnicity();
        v[RosterColumn.PARTY.ordinal()] = label(c.party().labelKey());
        v[RosterColumn.EDUCATION.ordinal()] = label(c.education().labelKey());
        v[RosterColumn.UNIT_CODE.ordinal()] = c.unitCode();
        v[RosterColumn.UNIT_NAME.ordinal()] = c.unitName();
        v[RosterColumn.POST.ordinal()] = c.postTitle();
        v[RosterColumn.RANK.ordinal()] = label(c.rank().labelKey());
        v[RosterColumn.LEVEL.ordinal()] = label(c.level().labelKey());
        v[RosterColumn.CATEGORY.ordinal()] = label(c.category().labelKey());
        return java.util.Arrays.asList(v);
    }

    ParsedRoster parse(InputStream in) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(limited(in)))) {
            if (hasMacros(wb)) {
                throw new PortalException("roster.error.macro");
            }
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new PortalException("roster.error.empty");
            }
            java.util.Set<RosterColumn> present = checkHeader(sheet.getRow(0));
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new PortalException("roster.error.tooManyRows", MAX_ROWS);
            }
            List<ParsedRoster.Row> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(SHEET_LOCALE);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                rows.add(new RowReader(row, i + 1, formatter, errors, present).read());
            }
            if (rows.isEmpty()) {
                throw new PortalException("roster.error.empty");
            }
            return new ParsedRoster(rows, errors);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException p) {
                throw p;
            }
            // Not an .xlsx workbook, or a damaged one: say so, never a stack trace.
            throw new PortalException("roster.error.unreadable");
        }
    }

    /** The whole upload, refused beyond the limit whichever way it arrived (the upload field checks too). */
    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(CadreService.ROSTER_MAX_BYTES) + 1);
        if (bytes.length > CadreService.ROSTER_MAX_BYTES) {
            throw new PortalException("roster.error.tooBig", CadreService.ROSTER_MAX_BYTES / 1024 / 1024);
        }
        return bytes;
    }

    /** A macro workbook (.xlsm) under an .xlsx name, or any workbook carrying a VBA project. */
    private static boolean hasMacros(XSSFWorkbook wb) {
        return wb.isMacroEnabled() || !wb.getPackage().getPartsByName(VBA_PART).isEmpty();
    }

    /**
     * The registry's columns must all be there; a profile column may be missing (its heading left blank).
     * Returns the profile columns the sheet has.
     */
    private java.util.Set<RosterColumn> checkHeader(Row header) {
        DataFormatter f = new DataFormatter();
        java.util.Set<RosterColumn> present = java.util.EnumSet.noneOf(RosterColumn.class);
        for (RosterColumn col : RosterColumn.values()) {
            String text = f.formatCellValue(header.getCell(col.ordinal())).strip();
            if (col.isProfile() && text.isEmpty()) {
                continue;
            }
            if (!text.equals(label(col.labelKey)) && !text.equals(messages.getMessage(col.labelKey, null, Locale.ENGLISH))) {
                throw new PortalException("roster.error.header", col.ordinal() + 1, label(col.labelKey));
            }
            if (col.isProfile()) {
                present.add(col);
            }
        }
        return present;
    }

    private static boolean isBlank(Row row, DataFormatter f) {
        for (RosterColumn col : RosterColumn.values()) {
            if (!f.formatCellValue(row.getCell(col.ordinal())).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A column or choice label as it stands in the sheet (Chinese). */
    String label(String key) {
        return messages.getMessage(key, null, SHEET_LOCALE);
    }

    /** Reads one data row into a form, noting every cell it cannot read. */
    private final class RowReader {

        private final Row row;
        private final int number;
        private final DataFormatter formatter;
        private final List<RowError> errors;
        private final java.util.Set<RosterColumn> present;

        RowReader(Row row, int number, DataFormatter formatter, List<RowError> errors,
                  java.util.Set<RosterColumn> present) {
            this.present = present;
            this.row = row;
            this.number = number;
            this.formatter = formatter;
            this.errors = errors;
        }

        /** Cells that cannot be read are noted and left empty; the row is still checked as a whole. */
        ParsedRoster.Row read() {
            CadreForm form = new CadreForm();
            form.setCode(text(RosterColumn.CODE));
            form.setName(text(RosterColumn.NAME));
            form.setGender(choice(RosterColumn.GENDER, Gender.values(), Gender::labelKey));
            form.setBirthDate(date(RosterColumn.BIRTH_DATE));
            form.setEthnicity(text(RosterColumn.ETHNICITY));
            form.setParty(choice(RosterColumn.PARTY, Party.values(), Party::labelKey));
            form.setEducation(choice(RosterColumn.EDUCATION, Education.values(), Education::labelKey));
            String unitCode = text(RosterColumn.UNIT_CODE);
            form.setPostTitle(text(RosterColumn.POST));
            form.setRank(choice(RosterColumn.RANK, CadreRank.values(), CadreRank::labelKey));
            form.setLevel(choice(RosterColumn.LEVEL, ManagementLevel.values(), ManagementLevel::labelKey));
            form.setCategory(choice(RosterColumn.CATEGORY, CadreCategory.values(), CadreCategory::labelKey));
            if (unitCode.isEmpty()) {
                error(RosterColumn.UNIT_CODE, "validation.required");
            }
            return new ParsedRoster.Row(number, unitCode, form, profile());
        }

        /** The row's 任免审批表 cells, or null when it has none (the cadre's profile is then left as it is). */
        private org.cadreportal.cadre.ProfileForm profile() {
            if (present.stream().allMatch(c -> text(c).isEmpty())) {
                return null;
            }
            org.cadreportal.cadre.ProfileForm p = new org.cadreportal.cadre.ProfileForm();
            for (RosterColumn col : present) {
                switch (col) {
                    case PARTY_JOINED -> p.setPartyJoined(month(col));
                    case WORK_STARTED -> p.setWorkStarted(month(col));
                    case CIVIL_RANK -> p.setCivilRank(text(col).isEmpty() ? null
                            : choice(col, org.cadreportal.cadre.CivilRank.values(), org.cadreportal.cadre.CivilRank::labelKey));
                    default -> RosterProfileCells.set(p, col, text(col));
                }
            }
            return p;
        }

        private java.time.YearMonth month(RosterColumn col) {
            String value = text(col);
            try {
                return ProfileMonth.parse(value);
            } catch (java.time.DateTimeException e) {
                error(col, "roster.error.month", value);
                return null;
            }
        }

        private String text(RosterColumn col) {
            return formatter.formatCellValue(row.getCell(col.ordinal())).strip();
        }

        private LocalDate date(RosterColumn col) {
            Cell cell = row.getCell(col.ordinal());
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = text(col);
            if (value.isEmpty()) {
                error(col, "validation.required");
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-').replace('.', '-'), DATE);
            } catch (DateTimeParseException e) {
                error(col, "roster.error.date", value);
                return null;
            }
        }

        private <E extends Enum<E>> E choice(RosterColumn col, E[] values, Function<E, String> labelKey) {
            String value = text(col);
            if (value.isEmpty()) {
                error(col, "validation.required");
                return null;
            }
            Map<String, E> accepted = new HashMap<>();
            for (E e : values) {
                accepted.put(label(labelKey.apply(e)), e);
                accepted.put(messages.getMessage(labelKey.apply(e), null, Locale.ENGLISH).toLowerCase(Locale.ROOT), e);
                accepted.put(e.name().toLowerCase(Locale.ROOT), e);
            }
            E found = accepted.getOrDefault(value, accepted.get(value.toLowerCase(Locale.ROOT)));
            if (found == null) {
                error(col, "roster.error.choice", value);
            }
            return found;
        }

        private void error(RosterColumn col, String key, Object... args) {
            errors.add(new RowError(number, label(col.labelKey), key, List.of(args)));
        }
    }
}
