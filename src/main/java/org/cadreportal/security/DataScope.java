package org.cadreportal.security;

import java.util.List;
import java.util.Optional;
import org.cadreportal.base.CacheConfig;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's data scope, the one place it is worked out: their scope unit and its whole subtree,
 * matched by the materialised path (queries put {@link #path()} into
 * {@link org.cadreportal.base.domain.Specs#inSubtrees}). Features ask here rather than resolve paths
 * themselves, so the rule cannot drift between them. Not a feature service: it answers for whoever is
 * acting and guards nothing itself; the services that call it carry the role checks. Paths are kept in
 * memory by unit id ({@link CacheConfig#UNIT_PATHS}): moving a unit evicts them, so a grid call reads none.
 */
@Component
public class DataScope {

    /** A path no unit has: what a filter on an unknown unit, or a cadre's figures, match. */
    public static final String NOTHING = "/none/";

    /** The key of the sole root's path among the unit paths (whose other keys are unit ids). */
    private static final String SOLE_ROOT = "soleRoot";

    /**
     * What one request may reach: a unit path prefix for staff, or (for someone who is only a cadre) their
     * own records alone, by cadre id. {@code whole}: the prefix is the path of the only root unit, so every
     * unit lies within it and a query may leave the scope condition out (docs/performance.md).
     */
    public record Reach(CurrentUser user, String path, Long ownCadreId, boolean whole) {

        public boolean ownOnly() {
            return ownCadreId != null;
        }

        /** Whether a record of this unit (and, for an own-records-only reach, of this cadre) is reached. */
        public boolean covers(UnitView unit, Long cadreId) {
            return ownOnly() ? ownCadreId.equals(cadreId) : unit.isWithin(path);
        }
    }

    private final CurrentUsers users;
    private final UnitViewRepository units;
    private final Cache paths;

    DataScope(CurrentUsers users, UnitViewRepository units, CacheManager caches) {
        this.users = users;
        this.units = units;
        this.paths = caches.getCache(CacheConfig.UNIT_PATHS);
    }

    /** A unit's path, or none when there is no such unit (not remembered, so a new unit is found at once). */
    private Optional<String> pathOf(long unitId) {
        String known = paths.get(unitId, String.class);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> read = units.findById(unitId).map(UnitView::getPath);
        read.ifPresent(p -> paths.put(unitId, p));
        return read;
    }

    /** The acting user's scope unit: the root of the subtree they may see. */
    public long unitId() {
        return users.require().scopeUnitId();
    }

    /** The path of the acting user's scope unit: every unit whose path starts with it is theirs. */
    public String path() {
        return pathOf(unitId())
                .orElseThrow(() -> new PortalException("error.noScope"));
    }

    /** The scope path when someone is signed in and their scope unit exists; otherwise none, not a refusal. */
    public Optional<String> signedInPath() {
        return users.current().flatMap(u -> pathOf(u.scopeUnitId()));
    }

    /** The reach of this request: staff see their subtree; someone who is only a cadre sees their own. */
    public Reach reach() {
        CurrentUser user = users.require();
        boolean staff = user.roles().stream().anyMatch(r -> r != Role.CADRE);
        if (!staff) {
            // A cadre account without a linked cadre sees nothing rather than everything.
            return new Reach(user, null, user.cadreId() == null ? -1L : user.cadreId(), false);
        }
        String path = path();
        return new Reach(user, path, null, path.equals(soleRootPath()));
    }

    /**
     * The path of the root unit when there is exactly one (a city's tree), else none (""). Kept with the paths:
     * adding or moving a unit evicts it, so no request reads the units for it once it is known.
     */
    private String soleRootPath() {
        String known = paths.get(SOLE_ROOT, String.class);
        if (known != null) {
            return known;
        }
        List<String> roots = units.rootPaths();
        String read = roots.size() == 1 ? roots.getFirst() : "";
        paths.put(SOLE_ROOT, read);
        return read;
    }

    public boolean covers(UnitView unit) {
        return covers(unit.getPath());
    }

    public boolean covers(String unitPath) {
        return unitPath.startsWith(path());
    }

    /** A filter's unit as a path: none when no unit is chosen, {@link #NOTHING} for an unknown one. */
    public String unitPath(Long unitId) {
        return unitId == null ? null : pathOf(unitId).orElse(NOTHING);
    }

    /** The chosen unit's path when it lies in the scope, else the scope itself (figures never reach out). */
    public String narrow(Long unitId) {
        String scope = path();
        return unitId == null ? scope
                : pathOf(unitId).filter(p -> p.startsWith(scope)).orElse(scope);
    }

    /**
     * As {@link #narrow}, for figures whose records someone who is only a cadre may open (their own): such a user
     * counts nothing, however the records are scoped elsewhere.
     */
    public String figurePath(Long unitId) {
        return reach().ownOnly() ? NOTHING : narrow(unitId);
    }

    /** A unit the user may put a record in: one inside their scope. */
    public Optional<UnitView> unitInScope(Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        String scope = path();
        return units.findById(unitId).filter(u -> u.isWithin(scope));
    }
}
