package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.cadre.CadrePicker;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;

/** 启动动议: a clerk opens a case for a cadre in their scope. */
class OpenCaseDialog extends Dialog {

    OpenCaseDialog(AdjustmentService cases, CadreService cadres, CadreRow preset, Consumer<CaseDetails> opened) {
        setHeaderTitle(getTranslation("adjustment.open.title"));
        setWidth("min(760px, 95vw)");
        ComboBox<CadreRow> cadre = CadrePicker.of(cadres, "adjustment.field.cadre", "open-cadre");
        if (preset != null) {
            cadre.setValue(preset);
            cadre.setReadOnly(true);
        }
        RadioButtonGroup<Direction> direction = new RadioButtonGroup<>(getTranslation("adjustment.field.direction"));
        direction.setId("open-direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        direction.setValue(Direction.DOWN);
        Select<CaseSource> source = Choices.select("adjustment.field.source", "open-source", CaseSource::labelKey,
                CaseSource.values());
        source.setValue(CaseSource.ANNUAL_ASSESSMENT);
        MultiSelectComboBox<ReferenceRow> situations = new MultiSelectComboBox<>(
                getTranslation("adjustment.field.situations"));
        situations.setId("open-situations");
        situations.setItems(cases.situations(true));
        situations.setItemLabelGenerator(s -> s.name(getLocale()));
        situations.setHelperText(getTranslation("adjustment.open.situationsHint"));
        direction.addValueChangeListener(e -> situations.setVisible(e.getValue() == Direction.DOWN));
        TextArea summary = new TextArea(getTranslation("adjustment.field.summary"));
        summary.setId("open-summary");
        summary.setMaxLength(2000);
        summary.setRequired(true);
        summary.setMinHeight("7em");
        TextArea impactReason = new TextArea(getTranslation("adjustment.field.impactReason"));
        impactReason.setId("open-impact-reason");
        impactReason.setMaxLength(1000);
        impactReason.setHelperText(getTranslation("adjustment.open.impactReasonHint"));
        impactReason.setVisible(false);
        direction.addValueChangeListener(e -> impactReason.setVisible(e.getValue() == Direction.UP));
        FormLayout form = new FormLayout(cadre, direction, source, situations, summary, impactReason);
        form.setColspan(impactReason, 2);
        form.setColspan(cadre, 2);
        form.setColspan(situations, 2);
        form.setColspan(summary, 2);
        add(form);
        // A cadre's open case of the same direction, when opening a second was refused: its page, one click away.
        com.vaadin.flow.component.html.Anchor existing = new com.vaadin.flow.component.html.Anchor();
        existing.setId("open-existing");
        existing.setVisible(false);
        add(existing);
        Map<String, HasValidation> fields = Map.of("cadreId", cadre, "situationIds", situations, "summary", summary,
                "source", source, "impactReason", impactReason);

        DialogButtons.of(this, "adjustment.action.openConfirm", "open-save", e -> {
            FieldErrors.clear(fields);
            if (cadre.getValue() == null) {
                FieldErrors.show(new FieldException("cadreId", "validation.required"), fields);
                return;
            }
            OpenCaseForm f = new OpenCaseForm();
            f.setCadreId(cadre.getValue().id());
            f.setDirection(direction.getValue());
            f.setSource(source.getValue());
            f.setSituationIds(direction.getValue() == Direction.DOWN
                    ? situations.getValue().stream().map(ReferenceRow::id).collect(Collectors.toSet()) : null);
            f.setSummary(summary.getValue());
            f.setImpactReason(direction.getValue() == Direction.UP ? impactReason.getValue() : null);
            try {
                CaseDetails created = cases.open(f);
                Notices.success("adjustment.notice.opened", created.header().caseNo());
                close();
                opened.accept(created);
            } catch (org.cadreportal.adjustment.CaseAlreadyOpenException ex) {
                FieldErrors.show(ex, fields);
                existing.setHref("adjustment/" + ex.caseId());
                existing.setText(getTranslation("adjustment.open.existing", ex.args()[0]));
                existing.setVisible(true);
                existing.getElement().addEventListener("click", ev -> close());
            } catch (FieldException ex) {
                FieldErrors.show(ex, fields);
            } catch (jakarta.validation.ConstraintViolationException ex) {
                FieldErrors.show(ex, fields);
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
    }

}
