package org.cadreportal.cadre;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The drop-down a form picks one serving cadre with (a case, an award, a discipline): searched in the database
 * as the user types, within the user's scope, each cadre shown with unit and post; marked required.
 */
public final class CadrePicker {

    private CadrePicker() {
    }

    public static ComboBox<CadreRow> of(CadreService cadres, String labelKey, String id) {
        UI ui = UI.getCurrent();
        ComboBox<CadreRow> cadre = new ComboBox<>(ui.getTranslation(labelKey));
        cadre.setId(id);
        cadre.setItemsPageable((pageable, text) -> cadres.page(new CadreFilter(text, null, null, null, null,
                CadreStatus.ACTIVE), pageable).getContent());
        cadre.setItemLabelGenerator(c -> ui.getTranslation("adjustment.open.cadreOption", c.name(), c.unitName(),
                c.postTitle()));
        cadre.setRequiredIndicatorVisible(true);
        return cadre;
    }
}
