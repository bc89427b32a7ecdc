package org.cadreportal.demo;

import static org.cadreportal.cadre.CadreCategory.PRINCIPAL;
import static org.cadreportal.cadre.CadreCategory.TEAM_MEMBER;
import static org.cadreportal.cadre.CadreRank.COUNTY_HEAD;
import static org.cadreportal.cadre.CadreRank.DEPUTY_COUNTY;
import static org.cadreportal.cadre.CadreRank.SECTION_HEAD;

import java.util.ArrayList;
import java.util.List;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreRank;

/**
 * Post titles of each kind of unit. Titles depend on the unit's name (县长 / 市长 / 区长, 局长 / 主任,
 * 镇长 / 乡长 / 办事处主任), so the unit tree's posts and the cadres' titles come from one place.
 */
final class DemoPosts {

    /** One seat of a leadership team; {@code nonParty} marks the seat kept for a non-CPC deputy. */
    record Seat(String title, CadreRank rank, CadreCategory category, boolean nonParty) {
    }

    /** Head and deputy titles of a 市直单位; {@code partyGroup}: government bodies have a 党组. */
    record Titles(String head, String deputy, boolean partyGroup) {
    }

    /** Titles of a 乡镇/街道. */
    record TownshipTitles(String secretary, String head, String deputySecretary, String deputyHead) {
    }

    private DemoPosts() {
    }

    /** 县, 市 or 区 — the last character of a county-level unit's name. */
    static String countyKind(String countyName) {
        return countyName.substring(countyName.length() - 1);
    }

    static List<String> countyPosts(DemoUnit county) {
        String p = countyKind(county.name());
        return List.of(p + "委书记", p + "长", p + "委副书记", "常务副" + p + "长", "副" + p + "长", p + "委常委");
    }

    /** The 21 seats of a county's 党政班子. */
    static List<Seat> countyTeam(DemoUnit county) {
        String p = countyKind(county.name());
        String committee = p + "委";
        String head = p + "长";
        String standing = committee + "常委、";
        List<Seat> seats = new ArrayList<>();
        seats.add(principal(committee + "书记"));
        seats.add(principal(committee + "副书记、" + head));
        seats.add(member(committee + "副书记"));
        seats.add(member(standing + "常务副" + head));
        seats.add(member(standing + p + "纪委书记、" + p + "监委主任"));
        for (String post : List.of("组织部部长", "宣传部部长", "统战部部长", "政法委书记")) {
            seats.add(member(standing + post));
        }
        seats.add(member(standing + committee + "办公室主任"));
        seats.add(member(standing + "人武部政委"));
        seats.add(member(standing + "副" + head));
        seats.add(member(standing + "经济开发区党工委书记"));
        seats.add(member("副" + head + "、公安局局长"));
        for (int i = 0; i < 5; i++) {
            seats.add(member("副" + head));
        }
        // Each county government has a deputy head from outside the CPC.
        seats.add(new Seat("副" + head, DEPUTY_COUNTY, TEAM_MEMBER, true));
        seats.add(member(p + "政府党组成员"));
        return seats;
    }

    static Titles municipalTitles(String name) {
        if (name.equals("市纪委监委机关")) {
            return new Titles("市纪委副书记、市监委副主任", "市纪委常委、市监委委员", false);
        }
        if (name.equals("市委政法委员会")) {
            return new Titles("常务副书记", "副书记", false);
        }
        if (name.startsWith("市委") && name.endsWith("部")) {
            // The 部长 of these departments sit on the city's standing committee, above this registry.
            return new Titles("常务副部长", "副部长", false);
        }
        if (name.equals("市委办公室")) {
            return new Titles("主任", "副主任", false);
        }
        if (name.equals("市总工会")) {
            return new Titles("常务副主席", "副主席", false);
        }
        if (name.equals("团市委")) {
            return new Titles("书记", "副书记", false);
        }
        if (name.endsWith("局")) {
            return new Titles("局长", "副局长", true);
        }
        return new Titles("主任", "副主任", true);
    }

    static List<String> municipalPosts(DemoUnit unit) {
        Titles t = municipalTitles(unit.name());
        return t.partyGroup() ? List.of(t.head(), "党组书记", t.deputy()) : List.of(t.head(), t.deputy());
    }

    /** The six seats of a 市直单位's 班子. */
    static List<Seat> municipalTeam(DemoUnit unit) {
        Titles t = municipalTitles(unit.name());
        List<Seat> seats = new ArrayList<>();
        if (t.partyGroup()) {
            seats.add(principal("党组书记、" + t.head()));
            for (int i = 0; i < 4; i++) {
                seats.add(member("党组成员、" + t.deputy()));
            }
            seats.add(member("党组成员、市纪委监委派驻纪检监察组组长"));
        } else {
            seats.add(principal(t.head()));
            for (int i = 0; i < 5; i++) {
                seats.add(member(t.deputy()));
            }
        }
        return seats;
    }

    static TownshipTitles townshipTitles(String name) {
        if (name.endsWith("街道")) {
            return new TownshipTitles("党工委书记", "办事处主任", "党工委副书记", "办事处副主任");
        }
        String kind = name.endsWith("乡") ? "乡" : "镇";
        return new TownshipTitles("党委书记", kind + "长", "党委副书记", "副" + kind + "长");
    }

    static List<String> townshipPosts(DemoUnit township) {
        TownshipTitles t = townshipTitles(township.name());
        return List.of(t.secretary(), t.head());
    }

    /** The two 党政正职 of a township. */
    static List<Seat> townshipTeam(DemoUnit township) {
        TownshipTitles t = townshipTitles(township.name());
        String viceSecretary = t.deputySecretary() + "、";
        return List.of(new Seat(t.secretary(), SECTION_HEAD, PRINCIPAL, false),
                new Seat(viceSecretary + t.head(), SECTION_HEAD, PRINCIPAL, false));
    }

    static List<String> sectionPosts() {
        return List.of("科长", "副科长");
    }

    private static Seat principal(String title) {
        return new Seat(title, COUNTY_HEAD, PRINCIPAL, false);
    }

    private static Seat member(String title) {
        return new Seat(title, DEPUTY_COUNTY, TEAM_MEMBER, false);
    }
}
