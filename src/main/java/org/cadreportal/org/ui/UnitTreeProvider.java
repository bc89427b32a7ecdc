package org.cadreportal.org.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.stream.Stream;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;

/** Loads the tree one level at a time, as branches are opened. */
class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<UnitNode, Void> {

    private final OrgService org;
    private boolean includeRetired;

    UnitTreeProvider(OrgService org) {
        this.org = org;
    }

    void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
        refreshAll();
    }

    @Override
    protected Stream<UnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<UnitNode, Void> query) {
        Long parent = query.getParent() == null ? null : query.getParent().id();
        return org.children(parent, includeRetired).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public int getChildCount(HierarchicalQuery<UnitNode, Void> query) {
        Long parent = query.getParent() == null ? null : query.getParent().id();
        return org.children(parent, includeRetired).size();
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
