package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
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
}
