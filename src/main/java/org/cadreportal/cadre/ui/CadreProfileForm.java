package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Ethnicity;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;

/**
 * The profile form. Each field shows its own error as the clerk types; the service checks again on
 * save. A stale save keeps the clerk's input and says someone else saved first.
 */
class CadreProfileForm extends Div {

    private final CadreService cadres;
    private final CadreDetails details;
    private final Consumer<CadreDetails> onSaved;
    private final BeanValidationBinder<CadreForm> binder = Binders.of(CadreForm.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final CadreForm form;

    CadreProfileForm(CadreService cadres, OrgService org, CurrentUser user, Clock clock, CadreDetails details,
                     Consumer<CadreDetails> onSaved) {
        this.cadres = cadres;
        this.details = details;
        this.onSaved = onSaved;
        this.form = details == null ? new CadreForm() : details.form();
        addClassName("portal-form");

        TextField code = text("code", "cadre.field.code");
        TextField name = text("name", "cadre.field.name");
        Select<Gender> gender = choice("gender", Gender.values(), Gender::labelKey, "cadre.field.gender");
        DatePicker birthDate = new DatePicker(getTranslation("cadre.field.birthDate"));
        birthDate.setId("field-birthDate");
        birthDate.setLocale(getLocale());
        fields.put("birthDate", birthDate);
        binder.forField(birthDate).bind("birthDate");
        // GB 3304's 56 groups; the official name (汉族) is stored whatever the language shown.
        ComboBox<Ethnicity> ethnicity = new ComboBox<>(getTranslation("cadre.field.ethnicity"));
        ethnicity.setId("field-ethnicity");
        ethnicity.setItems(Ethnicity.values());
        ethnicity.setItemLabelGenerator(e -> getTranslation(e.labelKey()));
        fields.put("ethnicity", ethnicity);
        binder.forField(ethnicity).asRequired(getTranslation("validation.required"))
                .bind(f -> Ethnicity.parse(f.getEthnicity()).orElse(null),
                        (f, e) -> f.setEthnicity(e == null ? "" : e.officialName()));
        Select<Party> party = choice("party", Party.values(), Party::labelKey, "cadre.field.party");
        Select<Education> education = choice("education", Education.values(), Education::labelKey, "cadre.field.education");

        List<UnitNode> units = org.subtree(user.scopeUnitId());
        ComboBox<UnitNode> unit = new ComboBox<>(getTranslation("cadre.field.unit"));
        unit.setId("field-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::name);
        fields.put("unitId", unit);
        binder.forField(unit).asRequired(getTranslation("validation.required"))
                .bind(f -> units.stream().filter(u -> f.getUnitId() != null && u.id() == f.getUnitId()).findFirst()
                                .orElse(null),
                        (f, u) -> f.setUnitId(u == null ? null : u.id()));
        TextField post = text("postTitle", "cadre.field.post");
        Select<CadreRank> rank = choice("rank", CadreRank.values(), CadreRank::labelKey, "cadre.field.rank");
        Select<ManagementLevel> level = choice("level", ManagementLevel.values(), ManagementLevel::labelKey,
                "cadre.field.level");
        Select<CadreCategory> category = choice("category", CadreCategory.values(), CadreCategory::labelKey,
                "cadre.field.category");

        FormLayout layout = new FormLayout(code, name, gender, birthDate, ethnicity, party, education, unit, post, rank,
                level, category);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        add(layout);
        binder.readBean(form);

        boolean editable = user.has(Role.CLERK) && (details == null || details.status() == CadreStatus.ACTIVE);
        binder.setReadOnly(!editable);
        if (details != null) {
            code.setReadOnly(true);
        }
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-cadre");
            HorizontalLayout buttons = new HorizontalLayout(save);
            if (details != null) {
                Button retire = new Button(getTranslation("cadre.action.retire"),
                        e -> new RetireDialog(cadres, details, LocalDate.now(clock), () -> onSaved.accept(details)).open());
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                retire.setId("retire-cadre");
                buttons.add(retire);
            }
            add(buttons);
        } else if (details != null && details.status() == CadreStatus.RETIRED) {
            add(new Div(getTranslation("cadre.retiredNote", String.valueOf(details.retiredOn()),
                    details.retireReason())));
        }
    }

    private void save() {
        FieldErrors.clear(fields);
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            CadreDetails saved = details == null ? cadres.create(form) : cadres.update(details.id(), details.version(), form);
            Notices.success("notice.saved");
            onSaved.accept(saved);
        } catch (FieldException e) {
            FieldErrors.show(e, fields);
        } catch (PortalException e) {
            // A stale save lands here too: the message says so, and the clerk's input stays in the form.
            Notices.error(e);
        }
    }

    private TextField text(String property, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("field-" + property);
        fields.put(property, field);
        binder.forField(field).bind(property);
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(String property, E[] values, Function<E, String> key, String labelKey) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(key.apply(v)));
        select.setId("field-" + property);
        fields.put(property, select);
        binder.forField(select).bind(property);
        return select;
    }
}
