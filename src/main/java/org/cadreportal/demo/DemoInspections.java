package org.cadreportal.demo;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadreportal.inspection.Recommendation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 一线考察识别 as the article counts it for 2025: 500 inspections at townships and city bureaus seeing
 * 1,503 person-times, 320 cadres identified (优先使用 or 提拔), 60 of them for promotion; and about 60
 * inspections in the year after, up to today. A township inspection sees its own leaders and members of
 * the county team; a bureau inspection its own team. The demo cadre is identified at one of them.
 */
final class DemoInspections {

    record Result(int inspections, int personTimes) {
    }

    static final int INSPECTIONS_2025 = 500;
    static final int PERSON_TIMES_2025 = 1_503;
    static final int IDENTIFIED_2025 = 320;
    static final int PROMOTED_2025 = 60;
    /** Of those recommended for promotion, the 40 余名 the article says were promoted: decided 上 cases. */
    static final int PROMOTED_BY_CASES_2025 = 43;
    static final int INSPECTIONS_2026 = 60;

    /** The 一线 types of V13 (61–65) with their share of inspections, in percent. */
    private static final long[] TYPES = {61, 62, 63, 64, 65};
    private static final int[] TYPE_SHARES = {30, 20, 15, 20, 15};

    /** The demo cadre's inspection: a 乡村振兴 visit to their township. */
    private static final int OWN_INSPECTION = 137;
    private static final LocalDate OWN_DAY = LocalDate.of(2025, 6, 18);

    private static final List<String> INSPECTORS = List.of("张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "黄海", "赵敏",
            "周杰", "吴倩", "徐斌", "孙悦");
    private static final List<String> CITY_TEAMS = List.of("市委组织部考察组", "市委组织部干部一科", "市委组织部干部二科",
            "市委组织部干部监督科");

    private static final Map<Long, List<String>> FINDINGS = Map.of(
            61L, List.of("深入{u}重点项目建设现场，实地察看项目进度，个别谈话{n}人。班子成员靠前指挥、现场办公，协调解决征地和要素保障问题，项目推进有力。",
                    "察看{u}在建项目{n}个，查阅项目调度台账。干部熟悉项目情况，对工期节点、投资进度对答如流，攻坚克难意识强。",
                    "随机抽查{u}项目专班运行情况，与施工企业座谈。专班工作扎实，问题台账销号及时，企业评价较高。"),
            62L, List.of("跟踪{u}招商引资项目洽谈、签约、落地全过程，走访落地企业{n}家。干部熟悉产业政策，服务企业主动，项目落地速度快。",
                    "查阅{u}在谈项目清单和招商台账，与企业负责人座谈。干部“一企一策”跟踪服务到位，签约项目履约率高。",
                    "实地察看{u}新落地企业，核实协议引资和到位资金。招商队伍专业能力较强，以商招商成效明显。"),
            63L, List.of("在{u}防汛抢险一线实地考察，察看巡堤查险和转移安置情况。干部冲锋在前、昼夜值守，处置险情果断有序。",
                    "在{u}安全隐患整治现场考察，抽查隐患整改台账{n}本。干部责任意识强，整改闭环，未发生安全事故。",
                    "复盘{u}突发事件处置过程，个别谈话{n}人。主要负责同志第一时间到场指挥，应急响应迅速，处置得当。"),
            64L, List.of("走访{u}和美乡村示范点和产业基地，入户访谈群众{n}户。干部扎根基层，产业带动作用明显，群众认可度高。",
                    "察看{u}村集体经济项目和高标准农田建设，与村“两委”干部座谈。干部思路清晰、办法实，村集体经济增收明显。",
                    "实地察看{u}防返贫监测帮扶落实情况，抽查监测户{n}户。帮扶措施精准，干部作风扎实。"),
            65L, List.of("在{u}信访接待现场考察，旁听矛盾纠纷调处{n}起。干部群众工作能力强，积案化解有办法、有成效。",
                    "查阅{u}信访积案化解台账，回访信访群众{n}人。包案领导亲自接访、跟踪化解，群众满意度高。",
                    "考察{u}综治中心运行情况，个别谈话{n}人。矛盾纠纷就地化解机制健全，基层治理成效明显。"));

    private record Unit(long id, String code, String name, String countyName, List<Long> cadres, List<Long> countyTeam) {
    }

    private record Inspection(long id, LocalDate day, Unit unit, long type, String inspectors, String finding,
                              List<Long> cadres) {
    }

    private final JdbcTemplate jdbc;
    private final Random rnd;
    private final LocalDate today;
    private final Long ownCadre;
    private final SequenceIds ids;

    DemoInspections(JdbcTemplate jdbc, Random rnd, LocalDate today, Long ownCadre) {
        this.jdbc = jdbc;
        this.rnd = rnd;
        this.today = today;
        this.ownCadre = ownCadre;
        this.ids = new SequenceIds(jdbc, "frontline_inspections_seq");
    }

    Result insert() {
        List<Unit> townships = new ArrayList<>();
        List<Unit> bureaus = new ArrayList<>();
        units(townships, bureaus);
        List<Inspection> first = year(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), INSPECTIONS_2025,
                PERSON_TIMES_2025, townships, bureaus);
        LocalDate next = LocalDate.of(2026, 1, 5);
        LocalDate lastDay = min(LocalDate.of(2026, 12, 31), today.minusDays(1));
        List<Inspection> second = lastDay.isBefore(next) ? List.of()
                : year(next, lastDay, INSPECTIONS_2026, INSPECTIONS_2026 * 3, townships, bureaus);
        Map<String, Recommendation> recommendations = identify2025(first);
        List<Object[]> inspectionRows = new ArrayList<>();
        List<Object[]> seenRows = new ArrayList<>();
        for (Inspection i : first) {
            inspectionRows.add(row(i));
            for (long cadre : i.cadres()) {
                Recommendation r = recommendations.getOrDefault(i.id() + "/" + cadre, ordinary());
                seenRows.add(new Object[] {i.id(), cadre, r.name()});
            }
        }
        for (Inspection i : second) {
            inspectionRows.add(row(i));
            for (long cadre : i.cadres()) {
                int r = rnd.nextInt(100);
                Recommendation rec = r < 4 ? Recommendation.PROMOTE : r < 22 ? Recommendation.PRIORITY_USE : ordinary();
                seenRows.add(new Object[] {i.id(), cadre, rec.name()});
            }
        }
        jdbc.batchUpdate("""
                insert into frontline_inspections (id, version, inspected_on, unit_id, type_id, inspectors, finding,
                    recorded_by) values (?, 0, ?, ?, ?, ?, ?, ?)""", inspectionRows);
        jdbc.batchUpdate("insert into inspection_cadres (inspection_id, cadre_id, recommendation) values (?, ?, ?)",
                seenRows);
        return new Result(inspectionRows.size(), seenRows.size());
    }

    /** Townships with their county's team, and the city bureaus (not the organisation department itself). */
    private void units(List<Unit> townships, List<Unit> bureaus) {
        Map<Long, List<Long>> cadresByUnit = new HashMap<>();
        jdbc.query("select id, unit_id from cadres where status = 'ACTIVE' order by id",
                rs -> {
                    cadresByUnit.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        jdbc.query("""
                select u.id, u.code, u.name, u.unit_type, p.id, p.name from units u left join units p on p.id = u.parent_id
                where u.unit_type in ('TOWNSHIP', 'MUNICIPAL') order by u.id""", rs -> {
                    long id = rs.getLong(1);
                    List<Long> own = cadresByUnit.getOrDefault(id, List.of());
                    if ("TOWNSHIP".equals(rs.getString(4))) {
                        townships.add(new Unit(id, rs.getString(2), rs.getString(3), rs.getString(6), own,
                                cadresByUnit.getOrDefault(rs.getLong(5), List.of())));
                    } else if (!DemoNames.ORGANISATION_DEPARTMENT.equals(rs.getString(3)) && !own.isEmpty()) {
                        bureaus.add(new Unit(id, rs.getString(2), rs.getString(3), null, own, List.of()));
                    }
                });
    }

    /** {@code count} inspections between the two days seeing exactly {@code personTimes} cadres in all. */
    private List<Inspection> year(LocalDate from, LocalDate to, int count, int personTimes, List<Unit> townships,
                                  List<Unit> bureaus) {
        boolean article = from.getYear() == 2025;
        int[] sizes = sizes(count, personTimes);
        int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
        List<Inspection> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            boolean own = article && ownCadre != null && n == OWN_INSPECTION;
            Unit unit = own ? townships.stream().filter(u -> u.code().equals(DemoAccounts.CADRE_UNIT_CODE)).findFirst()
                    .orElseThrow() : rnd.nextInt(100) < 70 ? pick(townships) : pick(bureaus);
            LocalDate day = own ? OWN_DAY : weekday(from.plusDays(rnd.nextInt(span)));
            long type = own ? 64 : type();
            List<Long> seen = seen(unit, sizes[n]);
            if (own && !seen.contains(ownCadre)) {
                seen.set(0, ownCadre);
            }
            out.add(new Inspection(ids.next(), day, unit, type, inspectors(unit), finding(type, unit), seen));
        }
        return out;
    }

    /** Between one and five cadres each, three on average, adjusted until the total is exact. */
    private int[] sizes(int count, int total) {
        int[] sizes = new int[count];
        int sum = 0;
        for (int i = 0; i < count; i++) {
            int r = rnd.nextInt(100);
            sizes[i] = r < 10 ? 1 : r < 35 ? 2 : r < 65 ? 3 : r < 90 ? 4 : 5;
            sum += sizes[i];
        }
        while (sum != total) {
            int i = rnd.nextInt(count);
            if (sum < total && sizes[i] < 5) {
                sizes[i]++;
                sum++;
            } else if (sum > total && sizes[i] > 1) {
                sizes[i]--;
                sum--;
            }
        }
        return sizes;
    }

    /** A township's own leaders come first, then members of its county's team; a bureau sees its team. */
    private List<Long> seen(Unit unit, int size) {
        List<Long> own = new ArrayList<>(unit.cadres());
        Collections.shuffle(own, rnd);
        List<Long> county = new ArrayList<>(unit.countyTeam());
        Collections.shuffle(county, rnd);
        Set<Long> seen = new LinkedHashSet<>(own);
        seen.addAll(county);
        return new ArrayList<>(seen.stream().limit(size).toList());
    }

    /**
     * 2025's recommendations, keyed "inspection/cadre": 320 different cadres identified once each (the
     * first 60 drawn for promotion), the demo cadre among them for priority use; every other person-time
     * is watched or noted without recommendation.
     */
    private Map<String, Recommendation> identify2025(List<Inspection> inspections) {
        Map<Long, List<String>> timesSeen = new HashMap<>();
        for (Inspection i : inspections) {
            for (long cadre : i.cadres()) {
                timesSeen.computeIfAbsent(cadre, k -> new ArrayList<>()).add(i.id() + "/" + cadre);
            }
        }
        List<Long> cadres = new ArrayList<>(timesSeen.keySet());
        Collections.sort(cadres);
        Collections.shuffle(cadres, rnd);
        Map<String, Recommendation> chosen = new HashMap<>();
        if (ownCadre != null && timesSeen.containsKey(ownCadre)) {
            cadres.remove(ownCadre);
            long ownInspection = inspections.get(OWN_INSPECTION).id();
            chosen.put(ownInspection + "/" + ownCadre, Recommendation.PRIORITY_USE);
        }
        for (int n = 0; chosen.size() < IDENTIFIED_2025 && n < cadres.size(); n++) {
            List<String> times = timesSeen.get(cadres.get(n));
            chosen.put(times.get(rnd.nextInt(times.size())), n < PROMOTED_2025 ? Recommendation.PROMOTE
                    : Recommendation.PRIORITY_USE);
        }
        return chosen;
    }

    private Recommendation ordinary() {
        return rnd.nextInt(100) < 20 ? Recommendation.WATCH : Recommendation.NONE;
    }

    private long type() {
        int r = rnd.nextInt(100);
        for (int i = 0; i < TYPES.length; i++) {
            r -= TYPE_SHARES[i];
            if (r < 0) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    private String inspectors(Unit unit) {
        String team = unit.countyName() != null && rnd.nextInt(100) < 30 ? unit.countyName() + "委组织部考察组"
                : pick(CITY_TEAMS);
        int a = rnd.nextInt(INSPECTORS.size());
        int b = (a + 1 + rnd.nextInt(INSPECTORS.size() - 1)) % INSPECTORS.size();
        return team + "（" + INSPECTORS.get(a) + "、" + INSPECTORS.get(b) + "）";
    }

    private String finding(long type, Unit unit) {
        String name = unit.countyName() == null ? unit.name() : unit.countyName() + unit.name();
        return pick(FINDINGS.get(type)).replace("{u}", name).replace("{n}", Integer.toString(3 + rnd.nextInt(10)));
    }

    private Object[] row(Inspection i) {
        return new Object[] {i.id(), Date.valueOf(i.day()), i.unit().id(), i.type(), i.inspectors(), i.finding(),
            DemoAccounts.CLERK};
    }

    private static LocalDate weekday(LocalDate day) {
        // Back to the Friday before, so a day never moves past the end of its range.
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
