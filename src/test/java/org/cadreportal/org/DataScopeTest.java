package org.cadreportal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadreportal.base.PortalException;
import org.cadreportal.org.domain.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A data scope is a unit and its whole subtree, matched by the materialised path. */
class DataScopeTest {

    private static Unit unit(long id, String name, Unit parent) {
        Unit u = new Unit(parent, "U" + id, name, UnitType.COUNTY, 1);
        ReflectionTestUtils.setField(u, "id", id);
        ReflectionTestUtils.invokeMethod(u, "initPath");
        return u;
    }

    private final Unit city = unit(1, "鄂东市", null);
    private final Unit county = unit(11, "东安县", city);
    private final Unit township = unit(111, "城关镇", county);
    private final Unit otherCounty = unit(12, "临江县", city);
    private final Unit lookalike = unit(1111, "相似编号", otherCounty);

    @Test
    void aScopeHoldsTheUnitAndEveryDescendant() {
        assertThat(county.isWithin(county)).isTrue();
        assertThat(township.isWithin(county)).isTrue();
        assertThat(township.isWithin(city)).isTrue();
    }

    @Test
    void aScopeExcludesSiblingsAndAncestors() {
        assertThat(otherCounty.isWithin(county)).isFalse();
        assertThat(city.isWithin(county)).isFalse();
    }

    @Test
    void anIdThatStartsWithTheScopesIdIsNotInside() {
        // "/1/12/1111/" starts with "/1/1" but not with "/1/11/": the closing slash matters.
        assertThat(lookalike.getPath()).isEqualTo("/1/12/1111/");
        assertThat(lookalike.isWithin(county)).isFalse();
    }

    @Test
    void aMovedBranchCarriesItsSubtreeAlong() {
        county.placeUnder(otherCounty);
        township.followParent();
        assertThat(township.getPath()).isEqualTo("/1/12/11/111/");
        assertThat(township.isWithin(otherCounty)).isTrue();
    }

    @Test
    void aUnitCannotMoveIntoItsOwnSubtree() {
        assertThatThrownBy(() -> county.placeUnder(township)).isInstanceOf(PortalException.class)
                .hasMessageContaining("unit.error.moveIntoOwnSubtree");
    }
}
