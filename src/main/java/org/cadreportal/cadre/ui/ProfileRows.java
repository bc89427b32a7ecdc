package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.ProfileMonth;

/**
 * The two small tables of the 任免信息 tab, one row of fields per entry: 家庭主要成员 (称谓, 姓名, 出生年月,
 * 政治面貌, 工作单位及职务) and 年度考核 (year, grade). Each field registers under the name the service uses
 * for it (family.2.name, grades.0.year), so a refusal lands on the field it is about.
 */
final class ProfileRows {

    private ProfileRows() {
    }

    /** Family rows; {@link #values()} reads them back, null for a row whose month cannot be read (marked). */
    static final class Family extends Div {

        private final List<TextField[]> rows = new ArrayList<>();
        private final Div body = new Div();
        private final boolean editable;
        private final Map<String, HasValidation> fields;

        Family(List<FamilyMember> members, boolean editable, Map<String, HasValidation> fields) {
            this.editable = editable;
            this.fields = fields;
            setId("profile-family");
            addClassName("portal-profile-rows");
            add(header("profile.family.relation", "5em", "profile.family.name", "6em", "profile.family.birth", "6em",
                    "profile.family.politicalStatus", "6em", "profile.family.workAndPost", null), body);
            members.forEach(this::addRow);
            if (editable) {
                add(addButton("profile-family-add", () -> addRow(new FamilyMember("", "", null, "", ""))));
            }
        }

        private void addRow(FamilyMember m) {
            TextField[] row = {small(m.relation(), "5em"), small(m.name(), "6em"),
                small(ProfileMonth.format(m.birth()), "6em"), small(m.politicalStatus(), "6em"), small(m.workAndPost(), null)};
            row[2].setPlaceholder(getTranslation("profile.month.placeholder"));
            rows.add(row);
            HorizontalLayout line = new HorizontalLayout(row);
            line.setWidthFull();
            line.setSpacing(false);
            line.addClassName("portal-profile-row");
            line.setFlexGrow(1, row[4]);
            if (editable) {
                removable(line, () -> {
                    rows.remove(row);
                    body.remove(line);
                    renumber();
                });
            }
            body.add(line);
            renumber();
        }

        /** The names follow the rows' places, so "family.1.name" is always the second row's name. */
        private void renumber() {
            fields.keySet().removeIf(k -> k.startsWith("family."));
            String[] props = {"relation", "name", "birth", "politicalStatus", "workAndPost"};
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < props.length; j++) {
                    fields.put("family." + i + "." + props[j], rows.get(i)[j]);
                    rows.get(i)[j].setId("profile-family-" + i + "-" + props[j]);
                }
            }
        }

        /** The rows as typed; a month that cannot be read is marked and the whole list is null. */
        List<FamilyMember> values() {
            List<FamilyMember> out = new ArrayList<>();
            boolean ok = true;
            for (TextField[] r : rows) {
                try {
                    out.add(new FamilyMember(r[0].getValue(), r[1].getValue(), ProfileMonth.parse(r[2].getValue()),
                            r[3].getValue(), r[4].getValue()));
                } catch (DateTimeException e) {
                    r[2].setErrorMessage(getTranslation("profile.error.month"));
                    r[2].setInvalid(true);
                    ok = false;
                }
            }
            return ok ? out : null;
        }

        private TextField small(String value, String width) {
            TextField f = new TextField();
            f.setValue(value == null ? "" : value);
            f.setReadOnly(!editable);
            f.addThemeName("small");
            if (width != null) {
                f.setWidth(width);
            }
            return f;
        }
    }

    /** Grade rows: a year and a grade each. */
    static final class Grades extends Div {

        private final List<IntegerField> years = new ArrayList<>();
        private final List<Select<AnnualGrade>> grades = new ArrayList<>();
        private final Div body = new Div();
        private final boolean editable;
        private final Map<String, HasValidation> fields;

        Grades(List<GradeEntry> entries, boolean editable, Map<String, HasValidation> fields) {
            this.editable = editable;
            this.fields = fields;
            setId("profile-grades");
            addClassName("portal-profile-rows");
            add(header("profile.grades.year", "6em", "profile.grades.grade", "9em"), body);
            entries.forEach(g -> addRow(g.year(), g.grade()));
            if (editable) {
                add(addButton("profile-grades-add", () -> addRow(null, AnnualGrade.COMPETENT)));
            }
        }

        private void addRow(Integer year, AnnualGrade grade) {
            IntegerField y = new IntegerField();
            y.setValue(year);
            y.setWidth("6em");
            y.addThemeName("small");
            y.setReadOnly(!editable);
            Select<AnnualGrade> g = new Select<>();
            g.setItems(AnnualGrade.values());
            g.setItemLabelGenerator(v -> v == null ? "" : getTranslation(v.labelKey()));
            g.setValue(grade);
            g.setWidth("9em");
            g.addThemeName("small");
            g.setReadOnly(!editable);
            years.add(y);
            grades.add(g);
            HorizontalLayout line = new HorizontalLayout(y, g);
            line.setSpacing(false);
            line.addClassName("portal-profile-row");
            if (editable) {
                removable(line, () -> {
                    int i = years.indexOf(y);
                    years.remove(i);
                    grades.remove(i);
                    body.remove(line);
                    renumber();
                });
            }
            body.add(line);
            renumber();
        }

        private void renumber() {
            fields.keySet().removeIf(k -> k.startsWith("grades."));
            for (int i = 0; i < years.size(); i++) {
                fields.put("grades." + i + ".year", years.get(i));
                fields.put("grades." + i + ".grade", grades.get(i));
                years.get(i).setId("profile-grades-" + i + "-year");
                grades.get(i).setId("profile-grades-" + i + "-grade");
            }
        }

        /** The rows as typed; a row without a year is marked and the list is null. */
        List<GradeEntry> values() {
            List<GradeEntry> out = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < years.size(); i++) {
                if (years.get(i).getValue() == null) {
                    years.get(i).setErrorMessage(getTranslation("validation.required"));
                    years.get(i).setInvalid(true);
                    ok = false;
                } else {
                    out.add(new GradeEntry(years.get(i).getValue(), grades.get(i).getValue()));
                }
            }
            return ok ? out : null;
        }
    }

    /** 添加一行 under an editable table. */
    private static Button addButton(String id, Runnable addRow) {
        Button add = new Button(UI.getCurrent().getTranslation("profile.action.addRow"), VaadinIcon.PLUS.create(),
                e -> addRow.run());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId(id);
        return add;
    }

    /** The remove button at the end of an editable row. */
    private static void removable(HorizontalLayout line, Runnable removeRow) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(UI.getCurrent().getTranslation("profile.action.removeRow"));
        line.add(remove);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
    }

    /** Column headings over the rows: each key followed by its column's width (null: the rest of the line). */
    private static Div header(String... keyThenWidth) {
        Div header = new Div();
        header.addClassName("portal-profile-row-header");
        for (int i = 0; i < keyThenWidth.length; i += 2) {
            Div cell = new Div(header.getTranslation(keyThenWidth[i]));
            if (keyThenWidth[i + 1] != null) {
                cell.setWidth(keyThenWidth[i + 1]);
            } else {
                cell.addClassName("portal-profile-row-rest");
            }
            header.add(cell);
        }
        return header;
    }
}
