package org.cadreportal.cadre.domain.readonly;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.DataScope.Reach;

/**
 * A feature's view of the signed-in user's {@link DataScope} over the cadres its records belong to, kept once:
 * the user's reach, a filter's unit as a path, and whether the reach covers a cadre (staff: by unit subtree;
 * someone who is only a cadre: himself). A feature adds its own rules beside these.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class CadreScope {

    private final DataScope scope;

    public Reach reach() {
        return scope.reach();
    }

    /** The path of a unit chosen in a filter, or a path nothing matches when it does not exist. */
    public String unitPath(Long unitId) {
        return scope.unitPath(unitId);
    }

    public boolean covers(Reach reach, ReadOnlyCadre cadre) {
        return reach.covers(cadre.getUnit(), cadre.getId());
    }

    /** The user's data scope itself, for a feature's own rules. */
    protected final DataScope scope() {
        return scope;
    }
}
