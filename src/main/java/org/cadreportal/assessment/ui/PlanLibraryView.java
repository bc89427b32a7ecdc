package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.DimensionRow;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.UnitCatalog;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * A plan's indicator library as a tree (dimension → indicators) with every indicator's measure, direction, data
 * source, method and its parameters, scoring unit and definition, and whether it is scored from statistics without
 * a human. The 考核办 adds dimensions and indicators and changes or removes an indicator while the plan is a draft.
 */
@Route("assessment/:planId/library")
@AssessmentReaders
public class PlanLibraryView extends PlanPage {

    /** A row of the tree: a dimension (with the number of its indicators shown) or one of its indicators. */
    public record Node(DimensionRow dimension, IndicatorRow indicator, int count) {
    }

    private final UnitCatalog units;
    private final CurrentUsers users;
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Select<DataSource> source = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Button addDimension = new Button();
    private final Button addIndicator = new Button();
    private final Button edit = new Button();
    private final Button remove = new Button();
    private Map<Long, String> unitNames = Map.of();
    private PlanHeader header;

    public PlanLibraryView(PlanService plans, UnitCatalog units, CurrentUsers users) {
        super(plans);
        this.units = units;
        this.users = users;
        button(addDimension, "assessment.editor.addDimension", "library-add-dimension", () ->
                new DimensionDialog(plans, details, this::reload).open());
        button(addIndicator, "assessment.editor.addIndicator", "library-add-indicator", () ->
                new IndicatorDialog(plans, units, details, null, this::reload).open());
        button(edit, "assessment.editor.editIndicator", "library-edit-indicator", () -> selected().ifPresent(i ->
                new IndicatorDialog(plans, units, details, i, this::reload).open()));
        button(remove, "assessment.editor.removeIndicator", "library-remove-indicator", () ->
                selected().ifPresent(this::confirmRemove));
        SearchField.configure(search, "assessment.editor.search", "assessment.editor.searchHint", "library-search");
        search.addValueChangeListener(e -> fill());
        source.setId("library-source");
        source.setLabel(getTranslation("assessment.source"));
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("assessment.editor.allSources"));
        source.setItems(DataSource.values());
        source.setItemLabelGenerator(s -> s == null ? getTranslation("assessment.editor.allSources")
                : getTranslation(s.labelKey()));
        source.addValueChangeListener(e -> fill());
        count.setId("library-count");
        columns();
    }

    private void button(Button b, String key, String id, Runnable action) {
        b.setText(getTranslation(key));
        b.setId(id);
        b.addClickListener(e -> action.run());
    }

    @Override
    protected void build() {
        removeAll();
        header = new PlanHeader(details, users, PlanHeader.Page.LIBRARY, addDimension, addIndicator, edit, remove);
        unitNames = units.unitNames(details.indicators().stream().map(IndicatorRow::scoringUnitId)
                .filter(Objects::nonNull).distinct().toList());
        HorizontalLayout filters = new HorizontalLayout(search, source);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header, filters, count, tree);
        fill();
    }

    private void columns() {
        tree.setId("library-tree");
        tree.setEmptyStateText(getTranslation("assessment.indicators.empty"));
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.addHierarchyColumn(n -> n.indicator() == null
                        ? getTranslation("assessment.editor.dimensionRow", n.dimension().name(), n.count())
                        : n.indicator().name())
                .setHeader(getTranslation("assessment.col.indicatorName")).setFlexGrow(3).setWidth("18em");
        tree.addColumn(n -> n.indicator() == null ? n.dimension().code() : n.indicator().code())
                .setHeader(getTranslation("assessment.col.indicatorCode")).setAutoWidth(true).setFlexGrow(0);
        indicatorColumn(IndicatorRow::measure, "assessment.col.measure");
        indicatorColumn(i -> getTranslation(i.direction().labelKey()), "assessment.direction");
        indicatorColumn(i -> getTranslation(i.source().labelKey()), "assessment.source");
        indicatorColumn(i -> getTranslation(i.method().labelKey()), "assessment.method");
        indicatorColumn(this::parameters, "assessment.editor.parameters");
        indicatorColumn(i -> i.scoringUnitId() == null ? "" : unitNames.getOrDefault(i.scoringUnitId(), ""),
                "assessment.field.scoringUnitId");
        indicatorColumn(i -> getTranslation(i.automatic() ? "assessment.editor.automatic" : "assessment.editor.manual"),
                "assessment.editor.automaticColumn");
        indicatorColumn(IndicatorRow::definition, "assessment.field.definition").setFlexGrow(3).setWidth("16em");
        tree.addSelectionListener(e -> selectionChanged());
        tree.addItemDoubleClickListener(e -> {
            if (e.getItem().indicator() != null && header != null && header.editable()) {
                new IndicatorDialog(plans, units, details, e.getItem().indicator(), this::reload).open();
            }
        });
        tree.setHeight("62vh");
    }

    private Grid.Column<Node> indicatorColumn(Function<IndicatorRow, String> value, String headerKey) {
        return tree.addColumn(n -> n.indicator() == null ? "" : Optional.ofNullable(value.apply(n.indicator())).orElse(""))
                .setHeader(getTranslation(headerKey)).setAutoWidth(true);
    }

    /** The method's parameters that are set: 封顶 of 目标完成率, b of 功效系数法 and 增幅法, 级差, points per event. */
    private String parameters(IndicatorRow i) {
        List<String> out = new ArrayList<>();
        add(out, "assessment.field.cap", i.cap());
        add(out, "assessment.field.base", i.base());
        add(out, "assessment.field.step", i.step());
        add(out, "assessment.field.perEvent", i.perEvent());
        return String.join(" · ", out);
    }

    private void add(List<String> out, String key, BigDecimal value) {
        if (value != null) {
            out.add(getTranslation(key) + " " + value.stripTrailingZeros().toPlainString());
        }
    }

    /** Rebuilds the tree from the plan held in memory (a library has a few hundred indicators at most). */
    private void fill() {
        if (details == null) {
            return;
        }
        String text = Optional.ofNullable(search.getValue()).orElse("").strip().toLowerCase(Locale.ROOT);
        DataSource only = source.getValue();
        TreeData<Node> data = new TreeData<>();
        int shown = 0;
        for (DimensionRow d : details.dimensions()) {
            List<IndicatorRow> matching = details.indicators().stream().filter(i -> i.dimensionId() == d.id())
                    .filter(i -> only == null || i.source() == only)
                    .filter(i -> text.isEmpty() || matches(i, text) || d.name().toLowerCase(Locale.ROOT).contains(text))
                    .toList();
            boolean filtering = !text.isEmpty() || only != null;
            if (filtering && matching.isEmpty()) {
                continue;
            }
            Node parent = new Node(d, null, matching.size());
            data.addItem(null, parent);
            matching.forEach(i -> data.addItem(parent, new Node(d, i, 0)));
            shown += matching.size();
        }
        tree.setTreeData(data);
        tree.expand(data.getRootItems());
        count.setText(getTranslation("assessment.editor.count", shown, details.indicators().size()));
        selectionChanged();
    }

    private static boolean matches(IndicatorRow i, String text) {
        return contains(i.code(), text) || contains(i.name(), text) || contains(i.definition(), text);
    }

    private static boolean contains(String s, String text) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(text);
    }

    private Optional<IndicatorRow> selected() {
        return tree.getSelectedItems().stream().map(Node::indicator).filter(Objects::nonNull).findFirst();
    }

    private void selectionChanged() {
        boolean can = header != null && header.editable() && selected().isPresent();
        edit.setEnabled(can);
        remove.setEnabled(can);
    }

    private void confirmRemove(IndicatorRow i) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("assessment.editor.removeIndicator"));
        confirm.setText(getTranslation("assessment.editor.removeConfirm", i.code(), i.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("assessment.editor.removeIndicator"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                plans.removeIndicator(i.id(), i.version());
                Notices.success("assessment.editor.removed", i.code());
            } catch (PortalException ex) {
                Notices.error(ex);
            }
            reload();
        });
        confirm.open();
    }
}
