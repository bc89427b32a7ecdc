package org.cadreportal.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.PostRow;
import org.cadreportal.org.UnitNode;

/** 职位: the posts of the selected unit. */
class PostPanel extends Div {

    private final OrgService org;
    private final H3 title = new H3();
    private final Grid<PostRow> grid = new Grid<>(PostRow.class, false);
    private final HorizontalLayout adder;
    private UnitNode unit;

    PostPanel(OrgService org) {
        this.org = org;
        getStyle().set("padding", "0 var(--lumo-space-m)");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PostRow::name).setHeader(getTranslation("post.name"));
        grid.addColumn(p -> getTranslation(p.leader() ? "post.leader" : "post.member")).setHeader(getTranslation("post.kind"));
        grid.addComponentColumn(p -> new Button(getTranslation("post.retire"), e -> {
            org.retirePost(p.id());
            show(unit);
        })).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("post.empty"));
        grid.setAllRowsVisible(true);
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("post.name"));
        Checkbox leader = new Checkbox(getTranslation("post.leader"));
        Button add = new Button(getTranslation("post.add"), e -> {
            try {
                org.addPost(unit.id(), name.getValue(), leader.getValue());
                name.clear();
                show(unit);
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        name.setMinWidth("8em");
        leader.getStyle().set("white-space", "nowrap");
        adder = new HorizontalLayout(name, leader, add);
        adder.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        adder.setWrap(true);
        adder.setFlexGrow(1, name);
        add(title, grid, adder);
    }

    void show(UnitNode unit) {
        this.unit = unit;
        title.setText(unit == null ? getTranslation("post.pickUnit") : getTranslation("post.title", unit.name()));
        grid.setItems(unit == null ? java.util.List.of() : org.posts(unit.id()));
        adder.setVisible(unit != null && unit.active());
    }
}
