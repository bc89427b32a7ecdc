package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ListEntryGrid;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.RedrawnPage;
import org.cadreportal.security.AppRoles;
import org.cadreportal.supervision.AspectRow;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.SupervisionService;

/** 督办设置: the light rules' settings, the escalation ladder's window and steps, each item type's method, and the sections and aspects items are filed under. */
@Route("admin/supervision")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.supervisionSettings", order = 94, icon = "vaadin:cog")
public class SupervisionSettingsView extends RedrawnPage {

    private final SupervisionService items;

    public SupervisionSettingsView(SupervisionService items) {
        super("supervision.settings.title");
        this.items = items;
        render();
    }

    @Override
    protected void draw() {
        LightSettings current = items.settings();
        IntegerField days = number("settings-yellow-days", "supervision.settings.yellowDays", 0, 90,
                current.yellowDays());
        IntegerField lag = number("settings-lag-points", "supervision.settings.lagPoints", 0, 100, current.lagPoints());
        IntegerField startMonth = number("settings-year-start", "supervision.settings.yearStart", 1, 12,
                current.yearStartMonth());
        IntegerField interviewAt = number("settings-interview-at", "supervision.settings.interviewAt", 1, 20,
                current.interviewAt());
        IntegerField adjustAt = number("settings-adjust-at", "supervision.settings.adjustAt", 1, 20, current.adjustAt());
        Map<ItemType, Select<ControlMethod>> methods = new EnumMap<>(ItemType.class);
        for (ItemType type : ItemType.values()) {
            Select<ControlMethod> method = Choices.select(type.labelKey(), "settings-method-" + type.name(),
                    ControlMethod::labelKey, ControlMethod.values());
            method.setValue(current.method(type));
            methods.put(type, method);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                Map<ItemType, ControlMethod> chosen = new EnumMap<>(ItemType.class);
                methods.forEach((type, select) -> chosen.put(type, select.getValue()));
                items.saveSettings(new LightSettings(current.version(), value(days), value(lag), value(startMonth),
                        value(interviewAt), value(adjustAt), chosen));
                Notices.success("notice.saved");
                render();
            } catch (PortalException ex) {
                Notices.error(ex);
            } catch (jakarta.validation.ConstraintViolationException ex) {
                Notices.error("supervision.settings.invalid");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        HorizontalLayout rule = new HorizontalLayout(days, lag);
        rule.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        HorizontalLayout ladder = new HorizontalLayout(startMonth, interviewAt, adjustAt);
        HorizontalLayout byType = new HorizontalLayout();
        byType.setWrap(true);
        methods.values().forEach(byType::add);
        add(new H3(getTranslation("supervision.settings.rule")),
                new Paragraph(getTranslation("supervision.settings.ruleText")), rule,
                new H3(getTranslation("supervision.settings.ladder")),
                new Paragraph(getTranslation("supervision.settings.ladderText")), ladder,
                new H3(getTranslation("supervision.settings.methods")),
                new Paragraph(getTranslation("supervision.settings.methodsText")), byType, save);

        List<AspectRow> all = items.allAspects();
        add(new H3(getTranslation("supervision.field.section")));
        add(new ListEntryGrid<>(all.stream().filter(distinctSections()).toList(), AspectRow::sectionOrder,
                AspectRow::sectionZh, AspectRow::sectionEn, AspectRow::sectionActive, a -> edit(a, true)));
        add(new H3(getTranslation("supervision.field.aspect")));
        ListEntryGrid<AspectRow> aspects = new ListEntryGrid<>(all, AspectRow::sortOrder, AspectRow::nameZh,
                AspectRow::nameEn, AspectRow::active, a -> edit(a, false));
        aspects.addExtraColumn(AspectRow::sectionZh, getTranslation("supervision.field.section"));
        add(aspects);
    }

    private IntegerField number(String id, String key, int min, int max, int value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static java.util.function.Predicate<AspectRow> distinctSections() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return a -> seen.add(a.sectionId());
    }

    private void edit(AspectRow a, boolean section) {
        BeanValidationBinder<ListEntryForm> binder = Binders.of(ListEntryForm.class);
        ListEntryForm form = section ? ListEntryForm.of(a.sectionZh(), a.sectionEn(), a.sectionOrder(), a.sectionActive())
                : ListEntryForm.of(a.nameZh(), a.nameEn(), a.sortOrder(), a.active());
        Consumer<ListEntryForm> save = f -> {
            if (section) {
                items.saveSection(a.sectionId(), a.sectionVersion(), f);
            } else {
                items.saveAspect(a.id(), a.version(), f);
            }
        };
        EditDialog.open(getTranslation("action.edit"), ListEntryGrid.fields(binder), binder, form, save,
                this::render);
    }
}
