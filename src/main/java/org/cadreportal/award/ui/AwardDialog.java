package org.cadreportal.award.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.AwardType;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.cadre.CadrePicker;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;

/**
 * Adds an award or criticism, or corrects one ({@code row} not null), or records an award drafted from a
 * 年度考核 proposal; a refusal shows on its field.
 */
final class AwardDialog {

    private AwardDialog() {
    }

    static void open(AwardService awards, CadreService cadres, AwardKind kind, AwardRow row,
                     Consumer<AwardRow> saved) {
        show(cadres, kind, row, row != null, f -> row == null ? awards.create(f) : awards.update(row.id(),
                row.version(), f), saved);
    }

    /**
     * A new award drafted elsewhere (from a 年度考核 proposal): the form starts from {@code draft} (its id and
     * version unused), the cadre cannot be changed, and {@code save} records it.
     */
    static void draft(CadreService cadres, AwardRow draft, Function<AwardForm, AwardRow> save,
                      Consumer<AwardRow> saved) {
        show(cadres, AwardKind.AWARD, draft, false, save, saved);
    }

    private static void show(CadreService cadres, AwardKind kind, AwardRow row, boolean editing,
                             Function<AwardForm, AwardRow> recorder, Consumer<AwardRow> saved) {
        UI ui = UI.getCurrent();
        boolean award = kind == AwardKind.AWARD;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation((editing ? "award.dialog.edit." : "award.dialog.add.") + kind));
        dialog.setWidth("min(640px, 95vw)");
        ComboBox<CadreRow> cadre = CadrePicker.of(cadres, "award.field.cadre", "award-cadre");
        Select<AwardType> type = Choices.select("award.field.type", "award-type", AwardType::labelKey,
                AwardType.values());
        type.setRequiredIndicatorVisible(true);
        type.setVisible(award);
        DatePicker decided = new DatePicker(ui.getTranslation(award ? "award.field.decidedOn"
                : "award.field.criticisedOn"));
        decided.setId("award-decided");
        decided.setRequiredIndicatorVisible(true);
        TextField issuedBy = new TextField(ui.getTranslation(award ? "award.field.approvedBy" : "award.field.issuedBy"));
        issuedBy.setId("award-issued-by");
        issuedBy.setMaxLength(100);
        issuedBy.setPlaceholder(ui.getTranslation("award.field.issuedByHint"));
        issuedBy.setRequiredIndicatorVisible(true);
        TextField documentNo = new TextField(ui.getTranslation("award.field.documentNo"));
        documentNo.setId("award-document-no");
        documentNo.setMaxLength(64);
        documentNo.setRequiredIndicatorVisible(award);
        TextArea reason = new TextArea(ui.getTranslation("award.field.reason"));
        reason.setId("award-reason");
        reason.setMaxLength(1000);
        reason.setMinHeight("6em");
        reason.setRequiredIndicatorVisible(true);
        if (row != null) {
            cadre.setValue(new CadreRow(row.cadreId(), null, row.cadreName(), null, null, null, null, null, 0, null,
                    row.unitName(), row.postTitle(), null, null, null, null));
            cadre.setReadOnly(!editing);
            type.setValue(row.type());
            decided.setValue(row.decidedOn());
            issuedBy.setValue(row.issuedBy() == null ? "" : row.issuedBy());
            documentNo.setValue(row.documentNo() == null ? "" : row.documentNo());
            reason.setValue(row.reason() == null ? "" : row.reason());
        }
        FormLayout form = new FormLayout(cadre, type, decided, issuedBy, documentNo, reason);
        form.setColspan(cadre, 2);
        form.setColspan(reason, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.<String, HasValidation>of("cadreId", cadre, "type", type, "decidedOn", decided,
                "issuedBy", issuedBy, "documentNo", documentNo, "reason", reason);
        DialogButtons.of(dialog, "action.save", "award-save", e -> {
            AwardForm f = new AwardForm();
            f.setKind(kind);
            f.setCadreId(cadre.getValue() == null ? null : cadre.getValue().id());
            f.setType(award ? type.getValue() : null);
            f.setDecidedOn(decided.getValue());
            f.setIssuedBy(issuedBy.getValue());
            f.setDocumentNo(documentNo.getValue());
            f.setReason(reason.getValue());
            DialogButtons.save(dialog, fields, () -> recorder.apply(f), saved);
        });
        dialog.open();
    }
}
