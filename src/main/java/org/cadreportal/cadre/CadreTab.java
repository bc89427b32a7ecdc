package org.cadreportal.cadre;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to a cadre's page, after the career tab (the 一人一档 archive adds its
 * entries): the registry shows it without knowing that feature. Its content is built when the tab is
 * first opened, for a cadre the user has already been allowed to open.
 */
public interface CadreTab {

    /** The tab's caption, as a translation key. */
    String labelKey();

    Component content(CadreDetails cadre);
}
