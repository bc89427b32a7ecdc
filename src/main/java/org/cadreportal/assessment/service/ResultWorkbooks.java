package org.cadreportal.assessment.service;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.DimensionRow;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.UnitSheet;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.base.ExportProgress;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** A group's ranking and a unit's result sheet as Excel sheets, through the portal's one streaming writer. */
@Component
@RequiredArgsConstructor
class ResultWorkbooks {

    private final ResultTexts texts;

    /**
     * Rank, unit code and name, total, 等次, 一票否决, then one column per dimension of the group with the unit's
     * subtotal there; {@code subtotals} by unit id, then dimension id.
     */
    void ranking(String groupName, List<DimensionRow> dimensions, Function<Pageable, List<ResultRow>> rows, long total,
                 Map<Long, Map<Long, BigDecimal>> subtotals, OutputStream out, ExportProgress progress) {
        List<String> headers = new ArrayList<>(List.of(texts.t("assessment.rank"), texts.t("assessment.col.unitCode"),
                texts.t("assessment.col.unitName"), texts.t("assessment.total"), texts.t("assessment.grade"),
                texts.t("assessment.vetoed")));
        dimensions.forEach(d -> headers.add(d.name()));
        ExcelExport.write(sheetName(groupName), List.of(), headers, rows, total, r -> {
            List<Object> cells = new ArrayList<>(Arrays.asList(r.rank(), r.unitCode(), r.unitName(),
                    ResultTexts.rounded(r.total()), texts.t(r.grade().labelKey()),
                    r.vetoed() ? texts.t("assessment.export.yes") : ""));
            Map<Long, BigDecimal> byDimension = subtotals.getOrDefault(r.unitId(), Map.of());
            dimensions.forEach(d -> cells.add(ResultTexts.rounded(byDimension.get(d.id()))));
            return cells;
        }, out, progress);
    }

    /** The title and the result (group, total, rank, 等次) above the indicator lines. */
    void sheet(UnitSheet sheet, OutputStream out) {
        ResultRow r = sheet.result();
        List<List<?>> preamble = List.of(List.of(texts.title(sheet)),
                List.of(texts.t("assessment.group"), sheet.groupName()),
                Arrays.asList(texts.t("assessment.total"), ResultTexts.rounded(r.total())),
                List.of(texts.t("assessment.rank"), r.rank()),
                List.of(texts.t("assessment.grade"), texts.grade(r)),
                List.of());
        ExcelExport.write(sheetName(r.unitName()), preamble, texts.lineHeaders(),
                p -> p.getPageNumber() == 0 ? sheet.lines() : List.<SheetLine>of(), sheet.lines().size(), texts::cells,
                out, ExportProgress.NONE);
    }

    /** Excel refuses sheet names over 31 characters or with \ / ? * [ ] : in them. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
