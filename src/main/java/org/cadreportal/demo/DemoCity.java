package org.cadreportal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.org.UnitType;

/**
 * Builds the unit tree and its leader posts through {@link OrgService}, so units get their paths,
 * sort order and audit history exactly as if an administrator had entered them.
 */
@RequiredArgsConstructor
final class DemoCity {

    /** The units created, grouped the way the cadre generator walks them. */
    record Tree(DemoUnit city, List<DemoUnit> counties, List<DemoUnit> municipals, List<DemoUnit> townships,
                List<DemoUnit> sections, int posts) {

        int units() {
            return 1 + counties.size() + municipals.size() + townships.size() + sections.size();
        }

        List<DemoUnit> townshipsOf(DemoUnit county) {
            return townships.stream().filter(t -> t.isIn(county)).toList();
        }
    }

    private static final int TOWNSHIPS_PER_COUNTY = 12;

    private final OrgService org;
    private int posts;

    Tree build(Random rnd) {
        DemoUnit city = add(null, DemoAccounts.CITY_CODE, DemoAccounts.CITY_NAME, UnitType.CITY);

        List<DemoUnit> counties = new ArrayList<>();
        for (int i = 0; i < DemoNames.COUNTIES.size(); i++) {
            DemoUnit county = add(city, String.format("X%02d", i + 1), DemoNames.COUNTIES.get(i), UnitType.COUNTY);
            addPosts(county, DemoPosts.countyPosts(county));
            counties.add(county);
        }

        List<DemoUnit> municipals = new ArrayList<>();
        DemoUnit organisation = null;
        for (int i = 0; i < DemoNames.MUNICIPAL_UNITS.size(); i++) {
            DemoUnit unit = add(city, String.format("M%02d", i + 1), DemoNames.MUNICIPAL_UNITS.get(i), UnitType.MUNICIPAL);
            addPosts(unit, DemoPosts.municipalPosts(unit));
            municipals.add(unit);
            if (unit.name().equals(DemoNames.ORGANISATION_DEPARTMENT)) {
                organisation = unit;
            }
        }

        List<DemoUnit> townships = new ArrayList<>();
        for (DemoUnit county : counties) {
            List<String> names = DemoNames.townships(DemoPosts.countyKind(county.name()), rnd);
            for (int j = 0; j < TOWNSHIPS_PER_COUNTY; j++) {
                DemoUnit township = add(county, county.code() + String.format("T%02d", j + 1), names.get(j),
                        UnitType.TOWNSHIP);
                addPosts(township, DemoPosts.townshipPosts(township));
                townships.add(township);
            }
        }

        List<DemoUnit> sections = new ArrayList<>();
        for (int k = 0; k < DemoNames.CADRE_SECTIONS.size(); k++) {
            DemoUnit section = add(organisation, organisation.code() + String.format("D%02d", k + 1),
                    DemoNames.CADRE_SECTIONS.get(k), UnitType.DEPARTMENT);
            addPosts(section, DemoPosts.sectionPosts());
            sections.add(section);
        }
        return new Tree(city, List.copyOf(counties), List.copyOf(municipals), List.copyOf(townships),
                List.copyOf(sections), posts);
    }

    private DemoUnit add(DemoUnit parent, String code, String name, UnitType type) {
        UnitNode node = org.add(parent == null ? null : parent.id(), code, name, type);
        return new DemoUnit(node.id(), node.code(), node.name(), type, parent);
    }

    private void addPosts(DemoUnit unit, List<String> names) {
        for (String name : names) {
            org.addPost(unit.id(), name, true);
            posts++;
        }
    }
}
