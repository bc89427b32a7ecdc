package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.CadreGradeService;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.cadre.AnnualGrade;

/**
 * 录入等次: one cadre's grade for the plan's year. A 优秀 the group has no place left for is refused on the field,
 * naming the group, its limit and its count, and the dialog stays open for another choice.
 */
class GradeDialog extends Dialog {

    GradeDialog(CadreGradeService grades, long planId, CadreGradeRow row, Runnable saved) {
        setHeaderTitle(getTranslation("assessment.grades.dialog", row.cadreName()));
        setId("grade-dialog");
        Select<AnnualGrade> grade = new Select<>();
        grade.setId("grade-select");
        grade.setLabel(getTranslation("assessment.grades.grade"));
        grade.setItems(AnnualGrade.values());
        grade.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        grade.setValue(row.grade());
        grade.setWidthFull();
        add(new Paragraph(row.unitName() + " · " + row.postTitle() + " · " + row.groupName()), grade);
        DialogButtons.of(this, "action.save", "grade-save", e -> {
            if (grade.getValue() == null) {
                grade.setErrorMessage(getTranslation("validation.required"));
                grade.setInvalid(true);
                return;
            }
            DialogButtons.save(this, Map.of("grade", grade), () -> {
                grades.record(planId, row.cadreId(), grade.getValue());
                return true;
            }, ok -> saved.run());
        });
        setWidth("min(520px, 95vw)");
    }
}
