package org.cadreportal.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title row of every view: the view's name on the left, its actions on the right. */
public class ViewToolbar extends HorizontalLayout {

    public ViewToolbar(String title, Component... actions) {
        addClassName("portal-view-toolbar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        H1 heading = new H1(title);
        heading.addClassName("portal-view-title");
        HorizontalLayout right = new HorizontalLayout(actions);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("portal-view-actions");
        add(heading, right);
        setFlexGrow(1, heading);
    }

    /** A view's main action that makes something new: the primary button with the plus sign. */
    public static Button create(String textKey, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button create = new Button(UI.getCurrent().getTranslation(textKey), new Icon(VaadinIcon.PLUS), click);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId(id);
        return create;
    }
}
