package org.cadreportal.org.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.org.UnitType;

/** The small dialogs of the unit tree: add a child, rename, move. */
final class UnitDialogs {

    private UnitDialogs() {
    }

    static void add(OrgService org, UnitNode parent, Runnable done) {
        Dialog d = new Dialog();
        d.setHeaderTitle(d.getTranslation("unit.add.title", parent.name()));
        TextField code = new TextField(d.getTranslation("unit.field.code"));
        code.setMaxLength(32);
        TextField name = new TextField(d.getTranslation("unit.field.name"));
        name.setMaxLength(100);
        Select<UnitType> type = Choices.select("unit.field.type", null, UnitType::labelKey, UnitType.values());
        d.add(code, name, type);
        footer(d, () -> org.add(parent.id(), code.getValue(), name.getValue(), type.getValue()), done);
        d.open();
    }

    static void rename(OrgService org, UnitNode unit, Runnable done) {
        Dialog d = new Dialog();
        d.setHeaderTitle(d.getTranslation("unit.rename.title"));
        TextField name = new TextField(d.getTranslation("unit.field.name"), unit.name(), "");
        name.setMaxLength(100);
        d.add(name);
        footer(d, () -> org.rename(unit.id(), unit.version(), name.getValue()), done);
        d.open();
    }

    static void move(OrgService org, UnitNode unit, Runnable done) {
        Dialog d = new Dialog();
        d.setHeaderTitle(d.getTranslation("unit.move.title", unit.name()));
        ComboBox<UnitNode> parent = new ComboBox<>(d.getTranslation("unit.move.newParent"));
        parent.setItems(org.tree().stream().filter(u -> !u.path().startsWith(unit.path())).toList());
        parent.setItemLabelGenerator(UnitNode::name);
        parent.setWidth("20em");
        d.add(parent);
        footer(d, () -> {
            if (parent.getValue() == null) {
                throw new PortalException("validation.required");
            }
            org.move(unit.id(), unit.version(), parent.getValue().id());
        }, done);
        d.open();
    }

    private static void footer(Dialog d, Runnable action, Runnable done) {
        DialogButtons.of(d, "action.save", null, e -> {
            try {
                action.run();
                Notices.success("notice.saved");
                d.close();
                done.run();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
    }
}
