package org.cadreportal.archive.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.workflow.NewAttachment;
import org.cadreportal.workflow.ui.AttachmentField;

/**
 * The filing form: 干了什么事 (with the cadre's role), 干成什么事, 成效是什么 with key figures, the three
 * classifications and evidence files. Saves a draft, or saves and submits after a confirmation.
 */
class EntryEditor extends Div {

    private final ArchiveService archive;
    private final EntryDetails current;
    private final Long proxyCadreId;
    private final Consumer<EntryDetails> saved;
    private final BeanValidationBinder<EntryForm> binder = Binders.of(EntryForm.class);
    private final Map<String, HasValidation> fields;
    private final AttachmentField upload;

    EntryEditor(ArchiveService archive, EntryDetails current, Long proxyCadreId, Clock clock,
                Consumer<EntryDetails> saved, Runnable deleted) {
        this.archive = archive;
        this.current = current;
        this.proxyCadreId = proxyCadreId;
        this.saved = saved;
        addClassName("portal-form");
        Select<Long> period = new Select<>();
        period.setLabel(getTranslation("archive.field.period"));
        // Only the periods asking for the cadre's category: the service refuses the others on save, for a new entry
        // and an edited one alike.
        List<PeriodRow> periods = current == null ? archive.periodsFor(proxyCadreId)
                : archive.periodsFor(current.row().cadreId());
        period.setItems(periods.stream().map(PeriodRow::id).toList());
        period.setItemLabelGenerator(id -> periods.stream().filter(p -> p.id() == id).findFirst()
                .map(p -> p.name(getLocale()) + (p.openOn(LocalDate.now(clock)) ? ""
                        : "（" + getTranslation("archive.period.closed") + "）")).orElse(""));
        period.setId("entry-period");
        binder.forField(period).asRequired(getTranslation("validation.required")).bind("periodId");
        Select<Long> field = termSelect(TermKind.FIELD, "archive.field.field", "entry-field");
        Select<Long> level = termSelect(TermKind.LEVEL, "archive.field.level", "entry-level");
        Select<Long> category = termSelect(TermKind.CATEGORY, "archive.field.category", "entry-category");
        RadioButtonGroup<WorkRole> role = new RadioButtonGroup<>(getTranslation("archive.field.role"));
        role.setItems(WorkRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setId("entry-role");
        binder.forField(role).asRequired(getTranslation("validation.required")).bind("role");
        TextArea whatDone = text("archive.field.whatDone", "archive.hint.whatDone", "entry-what-done");
        binder.forField(whatDone).bind("whatDone");
        TextArea achieved = text("archive.field.achieved", "archive.hint.achieved", "entry-achieved");
        binder.forField(achieved).bind("achieved");
        TextArea effect = text("archive.field.effect", "archive.hint.effect", "entry-effect");
        binder.forField(effect).bind("effect");
        FiguresEditor figures = new FiguresEditor();
        binder.forField(figures).bind("figures");
        binder.forField(field).asRequired(getTranslation("validation.required")).bind("fieldId");
        binder.forField(level).asRequired(getTranslation("validation.required")).bind("levelId");
        binder.forField(category).asRequired(getTranslation("validation.required")).bind("categoryId");
        upload = new AttachmentField(getTranslation("workflow.field.attachments"), "entry-upload");
        FormLayout form = new FormLayout(period, field, level, category, role, whatDone, achieved, effect, figures);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 4));
        form.setColspan(role, 4);
        form.setColspan(whatDone, 4);
        form.setColspan(achieved, 4);
        form.setColspan(effect, 4);
        form.setColspan(figures, 4);
        Div evidence = new Div(new com.vaadin.flow.component.html.H4(getTranslation("archive.field.evidence")),
                upload);
        evidence.addClassName("portal-entry-evidence");
        add(form, evidence);
        fields = Map.of("periodId", period, "fieldId", field, "levelId", level, "categoryId", category,
                "whatDone", whatDone, "achieved", achieved, "effect", effect, "figures", figures, "attachments",
                upload);
        EntryForm bean = current == null ? new EntryForm() : current.form();
        if (current == null) {
            periods.stream().filter(p -> p.openOn(LocalDate.now(clock))).reduce((a, b) -> b)
                    .ifPresent(p -> bean.setPeriodId(p.id()));
        }
        binder.readBean(bean);
        Button save = new Button(getTranslation("archive.action.saveDraft"), e -> save(false));
        save.setId("entry-save");
        Button submit = new Button(getTranslation("archive.action.submit"), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("entry-submit");
        HorizontalLayout buttons = new HorizontalLayout(save, submit);
        if (current != null && current.row().submittedAt() == null) {
            Button delete = new Button(getTranslation("archive.action.deleteDraft"), e -> confirmDelete(deleted));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("entry-delete");
            buttons.add(delete);
        }
        add(buttons);
    }

    private Select<Long> termSelect(TermKind kind, String labelKey, String id) {
        List<TermRow> terms = archive.terms(kind, false);
        Select<Long> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        Long chosen = current == null ? null : switch (kind) {
            case FIELD -> current.form().getFieldId();
            case LEVEL -> current.form().getLevelId();
            case CATEGORY -> current.form().getCategoryId();
            case FRONTLINE -> null;
        };
        // A term no longer offered stays selectable only on the entry that already has it.
        select.setItems(terms.stream().filter(t -> t.active() || Long.valueOf(t.id()).equals(chosen))
                .map(TermRow::id).toList());
        select.setItemLabelGenerator(v -> terms.stream().filter(t -> t.id() == v).findFirst()
                .map(t -> t.name(getLocale())).orElse(""));
        select.setId(id);
        return select;
    }

    private TextArea text(String labelKey, String hintKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setPlaceholder(getTranslation(hintKey));
        area.setMaxLength(2000);
        area.setMinHeight("5.5em");
        area.setWidthFull();
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        area.setHelperText("0/2000");
        area.addValueChangeListener(e -> area.setHelperText(e.getValue().length() + "/2000"));
        area.setId(id);
        return area;
    }

    private void confirmSubmit() {
        // What is missing is marked first: confirming a submission that is then refused would only annoy.
        FieldErrors.clear(fields);
        if (!binder.validate().isOk()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("archive.submit.title"),
                getTranslation("archive.submit.text"), getTranslation("archive.action.submit"), e -> save(true),
                getTranslation("action.cancel"), e -> { });
        confirm.setConfirmButtonTheme("primary");
        confirm.open();
    }

    private void confirmDelete(Runnable deleted) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("archive.delete.title"),
                getTranslation("archive.delete.text"), getTranslation("archive.action.deleteDraft"), e -> {
                    try {
                        archive.deleteDraft(current.row().id(), current.version());
                        Notices.success("archive.notice.deleted");
                        deleted.run();
                    } catch (PortalException ex) {
                        Notices.error(ex);
                    }
                }, getTranslation("action.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * Checks the new files before anything is saved, then saves the text, the files and the submission
     * as separate service calls; should a later call still be refused, the entry shown is the one saved.
     */
    private void save(boolean andSubmit) {
        FieldErrors.clear(fields);
        EntryForm form = new EntryForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        EntryDetails after = null;
        try {
            List<NewAttachment> files = upload.files();
            FileKinds.accept(files.stream().map(NewAttachment::fileName).toList(),
                    files.stream().map(NewAttachment::content).toList(), "attachments");
            after = current == null ? archive.create(proxyCadreId, form)
                    : archive.update(current.row().id(), current.version(), form);
            if (!files.isEmpty()) {
                after = archive.attach(after.row().id(), files);
                upload.clear();
            }
            if (andSubmit) {
                after = archive.submit(after.row().id(), after.version());
            }
            Notices.success(andSubmit ? "archive.notice.submitted" : "archive.notice.draftSaved");
            saved.accept(after);
        } catch (FieldException ex) {
            FieldErrors.show(ex, fields);
            showSaved(after);
        } catch (ConstraintViolationException ex) {
            FieldErrors.show(ex, fields);
        } catch (PortalException ex) {
            Notices.error(ex);
            showSaved(after);
        }
    }

    private void showSaved(EntryDetails after) {
        if (after != null && current == null) {
            saved.accept(after);
        }
    }
}
