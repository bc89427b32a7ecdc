package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.cadre.CadrePicker;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.tolerance.ApplicantType;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.ApplicationForm;
import org.cadreportal.tolerance.CategoryRow;
import org.cadreportal.tolerance.ExemptionRow;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.ui.AttachmentField;

/**
 * 申请: a clerk registers an application for a cadre in their scope: who applies, the matter, its
 * category and the items of the 免责减责清单 it relies on (those of the chosen category first), and the
 * number of a related case if there is one.
 */
class NewApplicationDialog extends Dialog {

    NewApplicationDialog(ToleranceService tolerance, CadreService cadres, Consumer<ApplicationDetails> created) {
        setHeaderTitle(getTranslation("tolerance.apply.title"));
        setWidth("min(800px, 95vw)");
        ComboBox<CadreRow> cadre = CadrePicker.of(cadres, "tolerance.field.cadre", "apply-cadre");
        RadioButtonGroup<ApplicantType> applicant = new RadioButtonGroup<>(getTranslation("tolerance.field.applicantType"));
        applicant.setId("apply-applicant");
        applicant.setItems(ApplicantType.values());
        applicant.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        applicant.setValue(ApplicantType.SELF);
        TextField matter = new TextField(getTranslation("tolerance.field.matter"));
        matter.setId("apply-matter");
        matter.setMaxLength(200);
        matter.setRequired(true);
        Select<CategoryRow> category = new Select<>();
        category.setLabel(getTranslation("tolerance.field.category"));
        category.setId("apply-category");
        category.setItems(tolerance.categories(true));
        category.setItemLabelGenerator(c -> c == null ? "" : c.name(getLocale()));
        List<ExemptionRow> items = tolerance.exemptions(true);
        MultiSelectComboBox<ExemptionRow> exemptions = new MultiSelectComboBox<>(getTranslation("tolerance.field.exemptions"));
        exemptions.setId("apply-exemptions");
        exemptions.setItems(items);
        exemptions.setItemLabelGenerator(e -> e.name(getLocale()));
        exemptions.setHelperText(getTranslation("tolerance.apply.exemptionsHint"));
        // The chosen category's items come first; items of other categories stay available.
        category.addValueChangeListener(e -> {
            var chosen = exemptions.getValue();
            exemptions.setItems(items.stream()
                    .sorted((a, b) -> Boolean.compare(!inCategory(a, e.getValue()), !inCategory(b, e.getValue())))
                    .toList());
            exemptions.setValue(chosen);
        });
        TextField linked = new TextField(getTranslation("tolerance.field.linkedCaseNo"));
        linked.setId("apply-linked");
        linked.setMaxLength(64);
        linked.setHelperText(getTranslation("tolerance.apply.linkedHint"));
        TextArea description = new TextArea(getTranslation("tolerance.field.description"));
        description.setId("apply-description");
        description.setMaxLength(2000);
        description.setRequired(true);
        description.setMinHeight("7em");
        AttachmentField attachments = new AttachmentField(getTranslation("workflow.field.attachments"),
                "apply-attachments");
        FormLayout form = new FormLayout(cadre, applicant, matter, category, exemptions, linked, description,
                attachments);
        form.setColspan(cadre, 2);
        form.setColspan(matter, 2);
        form.setColspan(exemptions, 2);
        form.setColspan(description, 2);
        form.setColspan(attachments, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("cadreId", cadre, "applicantType", applicant, "matter", matter,
                "categoryId", category, "exemptionIds", exemptions, "linkedCaseNo", linked, "description", description,
                "attachments", attachments);

        DialogButtons.of(this, "tolerance.action.applyConfirm", "apply-save", e -> {
            FieldErrors.clear(fields);
            if (cadre.getValue() == null) {
                FieldErrors.show(new FieldException("cadreId", "validation.required"), fields);
                return;
            }
            ApplicationForm f = new ApplicationForm();
            f.setCadreId(cadre.getValue().id());
            f.setApplicantType(applicant.getValue());
            f.setMatter(matter.getValue());
            f.setCategoryId(category.getValue() == null ? null : category.getValue().id());
            f.setExemptionIds(exemptions.getValue().stream().map(ExemptionRow::id).collect(Collectors.toSet()));
            f.setLinkedCaseNo(linked.getValue());
            f.setDescription(description.getValue());
            f.setAttachments(attachments.files());
            FieldErrors.attempt(fields, () -> tolerance.apply(f)).ifPresent(saved -> {
                Notices.success("tolerance.notice.applied", saved.header().applicationNo());
                close();
                created.accept(saved);
            });
        });
    }

    private static boolean inCategory(ExemptionRow item, CategoryRow category) {
        return category != null && Objects.equals(item.categoryId(), category.id());
    }
}
