package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.LimitedUpload;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.UploadTexts;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.CivilRank;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.Resume;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;

/**
 * 任免信息: what the 干部任免审批表 prints beyond the registry's profile — photo, identity number, origin,
 * dates, education blocks, 职级, the 简历 (generated from the career unless edited), family and grades.
 * A clerk edits; everyone else reads, and a reader not allowed personal data sees neither the identity
 * number nor the family (the service does not send them). Every field shows its own refusal on save.
 */
class AppointmentPanel extends Div {

    private final CadreProfileService profiles;
    private final CadreProfile profile;
    private final Runnable onSaved;
    private final boolean editable;
    private final BeanValidationBinder<ProfileForm> binder = Binders.of(ProfileForm.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final ProfileForm form;
    private final Div photoBox = new Div();
    private final TextArea resume = new TextArea();
    private final Span resumeState = new Span();
    private ProfileRows.Family family;
    private final ProfileRows.Grades grades;
    /** The generated 简历 the area shows while the clerk has not changed it (null once it is edited text). */
    private String generated;

    AppointmentPanel(CadreProfileService profiles, CadreDetails details, CurrentUser user, Runnable onSaved) {
        this.profiles = profiles;
        this.profile = profiles.profile(details.id());
        this.onSaved = onSaved;
        this.editable = user.has(Role.CLERK) && details.status() == CadreStatus.ACTIVE;
        this.form = profile.toForm();
        setId("appointment-profile");
        addClassNames("portal-form", "portal-form-wide", "portal-profile");

        FormLayout basics = new FormLayout();
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        if (profile.personalShown()) {
            basics.add(text("idNumber", "profile.field.idNumber"));
        }
        basics.add(text("nativePlace", "profile.field.nativePlace"), text("birthPlace", "profile.field.birthPlace"),
                month("partyJoined", "profile.field.partyJoined"), month("workStarted", "profile.field.workStarted"),
                text("health", "profile.field.health"), text("professionalTitle", "profile.field.professionalTitle"),
                civilRank());
        basics.add(text("expertise", "profile.field.expertise"), 2);
        HorizontalLayout top = new HorizontalLayout(photoColumn(details), basics);
        top.setWidthFull();
        top.setFlexGrow(1, basics);
        top.setAlignItems(FlexComponent.Alignment.START);
        add(top);

        add(section("profile.section.fullTime"), schooling("fullTime"));
        add(section("profile.section.partTime"), schooling("partTime"));
        add(section("profile.field.resume"), resumeBlock());
        add(section("profile.section.family"));
        if (profile.personalShown()) {
            family = new ProfileRows.Family(profile.family(), editable, fields);
            add(family);
        } else {
            Span hidden = new Span(getTranslation("profile.personalHidden"));
            hidden.setId("profile-personal-hidden");
            hidden.addClassName("portal-hint");
            add(hidden);
        }
        grades = new ProfileRows.Grades(profile.grades(), editable, fields);
        add(section("profile.section.grades"), grades);

        binder.readBean(form);
        binder.setReadOnly(!editable);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-appointment-profile");
            Span hint = new Span(getTranslation("profile.hint.save"));
            hint.addClassName("portal-hint");
            HorizontalLayout buttons = new HorizontalLayout(save, hint);
            buttons.setAlignItems(FlexComponent.Alignment.CENTER);
            add(buttons);
        }
    }

    private Component photoColumn(CadreDetails details) {
        photoBox.addClassName("portal-profile-photo");
        photoBox.setId("profile-photo");
        showPhoto(profile.hasPhoto());
        Div column = new Div(photoBox);
        column.addClassName("portal-profile-photo-column");
        if (editable) {
            long max = CadreProfileService.PHOTO_MAX_BYTES;
            Upload upload = new Upload(new LimitedUpload(max, 1, () -> 0, (name, bytes) -> {
                try {
                    profiles.uploadPhoto(details.id(), bytes);
                    Notices.success("profile.photo.saved");
                    showPhoto(true);
                } catch (PortalException e) {
                    Notices.error(e);
                }
            }));
            UploadTexts.apply(upload);
            upload.setId("profile-photo-upload");
            upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) max);
            upload.setUploadButton(new Button(getTranslation("profile.photo.upload")));
            upload.setDropAllowed(false);
            upload.addFileRejectedListener(e -> Notices.error("profile.photo.help", max / 1024 / 1024));
            upload.addSucceededListener(e -> upload.clearFileList());
            Span help = new Span(getTranslation("profile.photo.help", max / 1024 / 1024));
            help.addClassName("portal-hint");
            column.add(upload, help);
        }
        return column;
    }

    private void showPhoto(boolean present) {
        photoBox.removeAll();
        if (!present) {
            photoBox.add(new Span(getTranslation("profile.photo.none")));
            return;
        }
        long id = profile.cadreId();
        DownloadHandler handler = event -> profiles.photo(id).ifPresentOrElse(photo -> {
            event.setContentType(photo.mediaType());
            event.setContentLength(photo.bytes().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(photo.bytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> event.getResponse().setStatus(404));
        photoBox.add(new Image(handler, getTranslation("profile.photo")));
    }

    private Component resumeBlock() {
        resume.setId("profile-resume");
        resume.setWidthFull();
        resume.setMaxLength(Resume.MAX_CHARS);
        resume.addClassName("portal-profile-resume");
        resume.setValue(profile.resume());
        resume.setReadOnly(!editable);
        fields.put("resume", resume);
        generated = profile.resumeEdited() ? null : profile.resume();
        resumeState.setId("profile-resume-state");
        resumeState.addClassName("portal-hint");
        resume.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                generated = null;
                resumeState.setText(getTranslation("profile.resume.edited"));
            }
        });
        resumeState.setText(getTranslation(generated != null ? "profile.resume.generated" : "profile.resume.edited"));
        Div block = new Div(resume);
        HorizontalLayout under = new HorizontalLayout(resumeState);
        under.setAlignItems(FlexComponent.Alignment.CENTER);
        if (editable) {
            Button regenerate = new Button(getTranslation("profile.action.regenerate"), e -> {
                generated = profiles.generatedResume(profile.cadreId());
                resume.setValue(generated);
                resume.setInvalid(false);
                resumeState.setText(getTranslation("profile.resume.generated"));
            });
            regenerate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            regenerate.setId("profile-resume-regenerate");
            under.add(regenerate);
        }
        block.add(under);
        return block;
    }

    private void save() {
        FieldErrors.clear(fields);
        boolean valid = binder.writeBeanIfValid(form);
        List<FamilyMember> members = family == null ? form.getFamily() : family.values();
        List<GradeEntry> years = grades.values();
        if (!valid || members == null || years == null) {
            return;
        }
        form.setFamily(members);
        form.setGrades(years);
        // Unchanged generated text is not stored: the 简历 keeps following the career.
        form.setResume(generated != null && generated.equals(resume.getValue()) ? null : resume.getValue());
        form.setPhoto(null);
        List<FieldException> problems = profiles.check(profile.cadreId(), null, form);
        if (!problems.isEmpty()) {
            problems.forEach(p -> FieldErrors.show(p, fields));
            return;
        }
        FieldErrors.attempt(fields, () -> profiles.saveProfile(profile.cadreId(), profile.version(), form))
                .ifPresent(saved -> {
                    Notices.success("notice.saved");
                    onSaved.run();
                });
    }

    private FormLayout schooling(String prefix) {
        FormLayout layout = new FormLayout(text(prefix + "Education", "profile.field.education"),
                text(prefix + "Degree", "profile.field.degree"),
                text(prefix + "EducationSchool", "profile.field.educationSchool"),
                text(prefix + "DegreeSchool", "profile.field.degreeSchool"));
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        return layout;
    }

    private TextField text(String property, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("profile-" + property);
        fields.put(property, field);
        binder.forField(field).bind(property);
        return field;
    }

    private TextField month(String property, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("profile-" + property);
        field.setPlaceholder(getTranslation("profile.month.placeholder"));
        fields.put(property, field);
        binder.forField(field).withConverter(new MonthText(getTranslation("profile.error.month"))).bind(property);
        return field;
    }

    private ComboBox<CivilRank> civilRank() {
        ComboBox<CivilRank> box = new ComboBox<>(getTranslation("profile.field.civilRank"));
        box.setItems(CivilRank.values());
        box.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        box.setClearButtonVisible(true);
        box.setId("profile-civilRank");
        fields.put("civilRank", box);
        binder.forField(box).bind("civilRank");
        return box;
    }

    private static H4 section(String key) {
        H4 h = new H4();
        h.setText(h.getTranslation(key));
        h.addClassName("portal-form-section");
        return h;
    }
}
