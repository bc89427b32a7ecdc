package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cadreportal.supervision.FactsFilter;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.ProjectFactsService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A field record opened from an item's page (暗访督导, 专题会调度): the day, the online items it concerns (this
 * item, and any others the team visited or the meeting discussed) and its lines, each falling to one of them. The
 * record then shows on each of those items' pages.
 */
abstract class FieldRecordDialog extends RecordDialog {

    protected final DatePicker day;
    protected final MultiSelectComboBox<ItemRow> items = new MultiSelectComboBox<>();
    protected final ProblemLines lines;

    /**
     * {@code prefix}: of the title key and the fields' ids; {@code lines}: the key of a line's text, of the button
     * adding one, and the lines' id; {@code mayOpenItem}: a line may open a new item instead.
     */
    FieldRecordDialog(ProjectFactsService service, ItemDetails item, String prefix, String dayKey, String itemsKey,
                      String[] lines, boolean mayOpenItem) {
        super("min(1000px, 96vw)", "supervision." + prefix + ".title", item.itemNo());
        this.lines = new ProblemLines(lines[0], lines[1], lines[2], mayOpenItem);
        day = new DatePicker(getTranslation(dayKey));
        day.setId(prefix + "-date");
        day.setValue(item.today());
        items.setLabel(getTranslation(itemsKey));
        items.setId(prefix + "-items");
        items.setItemLabelGenerator(r -> r.itemNo() + " " + r.title());
        items.setWidthFull();
        items.setItems(q -> service.page(online(q.getFilter().orElse(null)), FactsFilter.none(),
                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("itemNo"))).stream());
        service.page(online(item.itemNo()), FactsFilter.none(), PageRequest.of(0, 5)).stream()
                .filter(r -> r.id() == item.id()).findFirst().ifPresent(items::select);
        items.addValueChangeListener(e -> this.lines.offer(chosen()));
        this.lines.offer(chosen());
    }

    protected TextField text(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    /** The items chosen, in item-number order (the page's item among them unless it was taken out). */
    protected List<ItemRow> chosen() {
        List<ItemRow> rows = new ArrayList<>(items.getValue());
        rows.sort(Comparator.comparing(ItemRow::itemNo));
        return rows;
    }

    protected List<Long> chosenIds() {
        return chosen().stream().map(ItemRow::id).toList();
    }

    private static ItemFilter online(String text) {
        return new ItemFilter(text == null || text.isBlank() ? null : text, null, null, null, null, null,
                ItemStatus.ONLINE, false);
    }
}
