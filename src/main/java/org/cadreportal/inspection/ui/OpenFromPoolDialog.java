package org.cadreportal.inspection.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.inspection.PoolRow;
import org.cadreportal.inspection.ReservePoolService;

/**
 * Confirms opening a 上 case (source 一线识别) for a cadre of the reserve pool. When the cadre is inside the
 * impact period of a 下, the service asks for a reason: the field then shows with the refusal on it.
 */
class OpenFromPoolDialog extends Dialog {

    OpenFromPoolDialog(ReservePoolService pool, PoolRow row, Consumer<PoolRow> opened) {
        setHeaderTitle(getTranslation("pool.open.title"));
        setWidth("min(560px, 95vw)");
        Paragraph text = new Paragraph(getTranslation("pool.open.confirm", row.cadreName(), row.unitName(),
                row.latest() == null ? "" : row.latest().inspectedOn().toString(),
                row.latest() == null ? "" : getTranslation(row.latest().recommendation().labelKey())));
        TextArea reason = new TextArea(getTranslation("adjustment.field.impactReason"));
        reason.setId("pool-impact-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(false);
        add(text, reason);
        Map<String, TextArea> fields = Map.of("impactReason", reason);
        DialogButtons.of(this, "pool.action.openConfirm", "pool-open-confirm", e -> {
            try {
                FieldErrors.clear(fields);
                PoolRow done = pool.openCase(row.id(), row.version(), reason.getValue());
                Notices.success("adjustment.notice.opened", done.caseNo());
                close();
                opened.accept(done);
            } catch (FieldException ex) {
                reason.setVisible(reason.isVisible() || "impactReason".equals(ex.field()));
                FieldErrors.show(ex, fields);
            } catch (org.cadreportal.base.PortalException ex) {
                Notices.error(ex);
            }
        });
    }
}
