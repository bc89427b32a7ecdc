package org.cadreportal.org.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;

/** Loads the tree one level at a time, as branches are opened. */
@RequiredArgsConstructor
class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<UnitNode, Void> {

    private final OrgService org;
    private final Map<Long, List<UnitNode>> children = new HashMap<>();
    private boolean includeRetired;

    void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
        refreshAll();
    }

    @Override
    public void refreshAll() {
        children.clear();
        super.refreshAll();
    }

    /** The grid asks for a level's size and then its rows: one query answers both. */
    private List<UnitNode> childrenOf(UnitNode parent) {
        Long parentId = parent == null ? null : parent.id();
        return children.computeIfAbsent(parentId, id -> org.children(id, includeRetired));
    }

    @Override
    protected Stream<UnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<UnitNode, Void> query) {
        return childrenOf(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public int getChildCount(HierarchicalQuery<UnitNode, Void> query) {
        return childrenOf(query.getParent()).size();
    }

    @Override
    public boolean hasChildren(UnitNode item) {
        return item.hasChildren();
    }

    @Override
    public Object getId(UnitNode item) {
        return item.id();
    }
}
