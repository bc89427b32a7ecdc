package org.cadreportal.org.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.CacheConfig;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.PostRow;
import org.cadreportal.org.UnitNode;
import org.cadreportal.org.UnitType;
import org.cadreportal.org.domain.Post;
import org.cadreportal.org.domain.PostRepository;
import org.cadreportal.org.domain.Unit;
import org.cadreportal.org.domain.UnitRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.UnitCatalog;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class OrgServiceImpl implements OrgService, UnitCatalog {

    private final UnitRepository units;
    private final PostRepository posts;

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<UnitNode> children(Long parentId, boolean includeRetired) {
        List<Unit> list = parentId == null ? units.findRoots(includeRetired)
                : units.findChildren(parentId, includeRetired);
        Set<Long> withChildren = list.isEmpty() ? Set.of()
                : new HashSet<>(units.parentsWithChildren(list.stream().map(Unit::getId).toList(), includeRetired));
        return list.stream().map(u -> toNode(u, withChildren.contains(u.getId()))).toList();
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public UnitNode get(long id) {
        return toNode(load(id), units.countActiveChildren(id) > 0);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<UnitNode> subtree(long rootId) {
        Unit root = load(rootId);
        return inTreeOrder(List.of(root), units.findActiveSubtree(root.getPath()));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<UnitNode> tree() {
        return inTreeOrder(units.findRoots(false), units.findByActiveTrueOrderByPath());
    }

    /** Orders units loaded in one query depth-first, siblings by their sort order. */
    private List<UnitNode> inTreeOrder(List<Unit> tops, List<Unit> all) {
        Map<Long, List<Unit>> byParent = new HashMap<>();
        for (Unit u : all) {
            if (u.getParent() != null) {
                byParent.computeIfAbsent(u.getParent().getId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitNode> ordered = new ArrayList<>();
        tops.forEach(top -> walk(top, byParent, ordered));
        return ordered;
    }

    private void walk(Unit unit, Map<Long, List<Unit>> byParent, List<UnitNode> out) {
        List<Unit> kids = byParent.getOrDefault(unit.getId(), List.of());
        out.add(toNode(unit, !kids.isEmpty()));
        kids.stream().sorted(Comparator.comparingInt(Unit::getSortOrder).thenComparing(Unit::getId))
                .forEach(k -> walk(k, byParent, out));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    // A new root ends "one root, whose subtree is everything" for the data scope (after the commit).
    @CacheEvict(cacheNames = CacheConfig.UNIT_PATHS, allEntries = true)
    public UnitNode add(Long parentId, String code, String name, UnitType type) {
        String cleanCode = required(code, 32);
        String cleanName = required(name, 100);
        if (type == null) {
            throw new PortalException("validation.required");
        }
        if (units.existsByCode(cleanCode)) {
            throw new PortalException("unit.error.codeTaken", cleanCode);
        }
        Unit parent = parentId == null ? null : load(parentId);
        if (parent != null && !parent.isActive()) {
            throw new PortalException("unit.error.parentRetired");
        }
        Integer max = parent == null ? null : units.maxSortOrder(parent.getId());
        Unit unit = units.save(new Unit(parent, cleanCode, cleanName, type, max == null ? 1 : max + 1));
        return toNode(unit, false);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public UnitNode rename(long id, int version, String name) {
        Unit unit = loadForChange(id, version);
        unit.rename(required(name, 100));
        return toNode(units.saveAndFlush(unit), units.countActiveChildren(id) > 0);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    // The unit's and its subtree's paths change: data scopes must not match the old ones (after the commit).
    @CacheEvict(cacheNames = CacheConfig.UNIT_PATHS, allEntries = true)
    public UnitNode move(long id, int version, long newParentId) {
        Unit unit = loadForChange(id, version);
        Unit newParent = load(newParentId);
        if (!newParent.isActive()) {
            throw new PortalException("unit.error.parentRetired");
        }
        List<Unit> descendants = units.findDescendants(unit.getPath(), id);
        unit.placeUnder(newParent);
        // Parents before children, so each follows an already-updated path.
        descendants.stream().sorted(Comparator.comparingInt(Unit::depth)).forEach(Unit::followParent);
        return toNode(units.saveAndFlush(unit), !descendants.isEmpty());
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public UnitNode retire(long id, int version) {
        Unit unit = loadForChange(id, version);
        if (units.countActiveChildren(id) > 0) {
            throw new PortalException("unit.error.hasActiveChildren");
        }
        if (unit.getParent() == null) {
            throw new PortalException("unit.error.retireRoot");
        }
        unit.retire();
        return toNode(units.saveAndFlush(unit), false);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<PostRow> posts(long unitId) {
        return posts.findByUnitIdAndActiveTrueOrderByLeaderDescIdAsc(unitId).stream().map(OrgServiceImpl::toRow).toList();
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public java.util.Optional<org.cadreportal.org.PostPlace> placeOf(String postTitle) {
        return new PostPlaces(units, posts).of(postTitle);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public PostRow addPost(long unitId, String name, boolean leader) {
        load(unitId);
        return toRow(posts.save(new Post(unitId, required(name, 100), leader)));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public void retirePost(long postId) {
        posts.findById(postId).orElseThrow(RecordNotFoundException::new).retire();
    }

    // UnitCatalog: what security needs of units.

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<UnitOption> allUnits() {
        return tree().stream().map(n -> new UnitOption(n.id(), n.name(), n.depth())).toList();
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public String unitName(long unitId) {
        return units.findById(unitId).map(Unit::getName).orElse("");
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(Collection<Long> unitIds) {
        Map<Long, String> names = new HashMap<>();
        if (!unitIds.isEmpty()) {
            units.findAllById(unitIds).forEach(u -> names.put(u.getId(), u.getName()));
        }
        return names;
    }

    private Unit load(long id) {
        return units.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private Unit loadForChange(long id, int version) {
        Unit unit = load(id);
        unit.checkVersion(version);
        return unit;
    }

    private static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new PortalException("validation.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new PortalException("validation.tooLong", max);
        }
        return trimmed;
    }

    private static UnitNode toNode(Unit u, boolean hasChildren) {
        return new UnitNode(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getType(),
                u.getParent() == null ? null : u.getParent().getId(), u.getPath(), u.isActive(), hasChildren);
    }

    private static PostRow toRow(Post p) {
        return new PostRow(p.getId(), p.getUnitId(), p.getName(), p.isLeader(), p.isActive());
    }
}
