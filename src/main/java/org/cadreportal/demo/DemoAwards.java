package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cadreportal.award.AwardType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 记功奖励 and 公开批评 as the article counts them: 54 awards in 2025 (嘉奖 to 授予称号, approved by the city, a
 * county or the province), more in the year after up to today, and about ten public criticisms for poor
 * performance, six of them in one county (东安县). Rows go in with plain JDBC, each with its creation revision.
 */
final class DemoAwards {

    record Result(int awards2025, int awards, int criticisms) {
    }

    static final int AWARDS_2025 = 54;
    private static final int AWARDS_2026 = 14;

    /** 2025's mix by type: 30 嘉奖, 14 三等功, 5 二等功, 2 一等功, 3 授予称号. */
    private static final Map<AwardType, Integer> MIX_2025 = Map.of(AwardType.COMMENDATION, 30,
            AwardType.THIRD_CLASS, 14, AwardType.SECOND_CLASS, 5, AwardType.FIRST_CLASS, 2, AwardType.TITLE, 3);

    private static final List<String> REASONS = List.of(
            "在2025年主汛期防汛抢险工作中冲锋在前、昼夜值守，组织转移群众{n}人，无一伤亡",
            "招商引资工作成绩显著，全年引进亿元以上产业项目{n}个，协议引资位列全市前列",
            "重点项目建设中靠前指挥、攻坚克难，提前{n}个月完成年度投资任务",
            "乡村振兴示范村建设成效明显，带动村集体经济增收{n}万元",
            "信访积案化解工作成绩突出，化解历史积案{n}件，群众满意度显著提升",
            "安全生产专项整治三年行动中排查整改隐患{n}处，辖区未发生较大以上事故",
            "优化营商环境改革中推行“一件事一次办”，审批时限压缩{n}%",
            "生态环境保护督察反馈问题整改中成效突出，完成整改销号{n}项",
            "森林防灭火工作中处置火情果断有力，保护了群众生命财产安全",
            "高标准农田建设任务完成出色，新建高标准农田{n}万亩");
    private static final List<String> TITLES = List.of("授予“全市担当作为好干部”称号", "授予“全市优秀共产党员”称号",
            "授予“全市乡村振兴先进个人”称号");
    private static final List<String> CRITICISMS = List.of(
            "工作作风漂浮，牵头的重点项目推进严重滞后，年度考核排名末位",
            "履职不力，信访问题化解不及时，引发越级上访造成不良影响",
            "落实安全生产责任不到位，辖区发生一般生产安全事故",
            "营商环境评价排名靠后，企业反映问题整改不力",
            "推诿扯皮、办事拖拉，群众反映强烈，经查属实",
            "中央环保督察交办问题整改不到位，被通报批评",
            "防汛值班值守脱岗，未按要求落实巡查责任");

    private record Cadre(long id, String name, long unitId, String post, long countyId, String countyName) {
    }

    private final JdbcTemplate jdbc;
    private final Random rnd;
    private final Clock clock;
    private final LocalDate today;
    private final SequenceIds ids;
    private final List<Object[]> rows = new ArrayList<>();

    DemoAwards(JdbcTemplate jdbc, Random rnd, Clock clock) {
        this.jdbc = jdbc;
        this.rnd = rnd;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.ids = new SequenceIds(jdbc, "award_records_seq");
    }

    Result insert() {
        Map<Long, String> topUnits = new HashMap<>();
        jdbc.query("select id, name from units where parent_id = (select id from units where parent_id is null)",
                rs -> {
                    topUnits.put(rs.getLong(1), rs.getString(2));
                });
        List<Cadre> cadres = new ArrayList<>();
        jdbc.query("""
                select c.id, c.name, c.unit_id, c.post_title, u.path from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' order by c.id""", rs -> {
                    String[] parts = rs.getString(5).split("/");
                    long county = parts.length > 2 ? Long.parseLong(parts[2]) : Long.parseLong(parts[1]);
                    cadres.add(new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), county,
                            topUnits.getOrDefault(county, "")));
                });
        Long own = jdbc.query("select cadre_id from user_accounts where username = ?",
                rs -> rs.next() ? (Long) rs.getObject(1) : null, DemoAccounts.CADRE);
        long x01 = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE);
        List<Cadre> inX01 = cadres.stream().filter(c -> c.countyId() == x01).toList();
        List<Cadre> elsewhere = cadres.stream().filter(c -> c.countyId() != x01).toList();

        List<AwardType> types = new ArrayList<>();
        for (AwardType t : AwardType.values()) {
            for (int i = 0; i < MIX_2025.get(t); i++) {
                types.add(t);
            }
        }
        int number = 0;
        for (AwardType type : types) {
            Cadre c = number == 0 && own != null ? cadres.stream().filter(x -> x.id() == own).findFirst()
                    .orElse(pick(cadres)) : pick(cadres);
            award(c, type, day(2025, 1, 365), ++number);
        }
        int awards = AWARDS_2025;
        for (int i = 0; i < AWARDS_2026; i++) {
            LocalDate day = day(2026, 1, 320);
            if (!day.isAfter(today)) {
                award(pick(cadres), i % 5 == 0 ? AwardType.THIRD_CLASS : AwardType.COMMENDATION, day, i + 1);
                awards++;
            }
        }
        int criticisms = 0;
        for (int i = 0; i < 6; i++) {
            criticise(pick(inX01), day(2025, 60, 300), "东安县委", "东组通〔2025〕" + (i + 3) + "号");
            criticisms++;
        }
        for (int i = 0; i < 4; i++) {
            LocalDate day = i < 3 ? day(2025, 30, 330) : day(2026, 30, 300);
            if (!day.isAfter(today)) {
                Cadre c = pick(elsewhere);
                boolean local = c.countyName().endsWith("县") || c.countyName().endsWith("区");
                criticise(c, day, local && i % 2 == 1 ? c.countyName() + "委" : "市委", null);
                criticisms++;
            }
        }
        jdbc.batchUpdate("""
                insert into award_records (id, version, kind, award_type, cadre_id, cadre_name, unit_id, post_title,
                    decided_on, reason, issued_by, document_no, recorded_by, last_actor, last_acted_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        long rev = new SequenceIds(jdbc, "revinfo_seq").next();
        jdbc.update("insert into revinfo (id, rev_timestamp, username) values (?, ?, ?)", rev,
                clock.millis(), DemoDataLoader.SYSTEM_USER);
        jdbc.update("""
                insert into award_records_aud (id, rev, revtype, kind, award_type, cadre_id, cadre_name, unit_id,
                    post_title, decided_on, reason, issued_by, document_no, recorded_by, last_actor, last_acted_at)
                select id, ?, 0, kind, award_type, cadre_id, cadre_name, unit_id, post_title, decided_on, reason,
                    issued_by, document_no, recorded_by, last_actor, last_acted_at from award_records""", rev);
        return new Result(AWARDS_2025, awards, criticisms);
    }

    /** A county cadre's 嘉奖 or 三等功 is approved by the county; the higher grades by the city or province. */
    private void award(Cadre c, AwardType type, LocalDate day, int n) {
        boolean county = !c.countyName().isEmpty() && c.countyName().endsWith("县")
                && (type == AwardType.COMMENDATION || type == AwardType.THIRD_CLASS) && rnd.nextBoolean();
        String body = switch (type) {
            case FIRST_CLASS -> "省委、省政府";
            case SECOND_CLASS, TITLE -> "市委、市政府";
            default -> county ? c.countyName() + "委、" + c.countyName() + "政府" : rnd.nextBoolean() ? "市委" : "市政府";
        };
        String prefix = switch (type) {
            case FIRST_CLASS -> "省委发";
            case SECOND_CLASS, TITLE -> "市委发";
            default -> county ? c.countyName().charAt(0) + "委发" : body.equals("市委") ? "市委发" : "市政发";
        };
        String reason = type == AwardType.TITLE ? TITLES.get(n % TITLES.size()) + "，" + reason()
                : reason();
        add("AWARD", type.name(), c, day, reason, body, prefix + "〔" + day.getYear() + "〕" + (10 + n) + "号");
    }

    private void criticise(Cadre c, LocalDate day, String body, String documentNo) {
        add("CRITICISM", null, c, day, CRITICISMS.get(rnd.nextInt(CRITICISMS.size())), body, documentNo);
    }

    private void add(String kind, String type, Cadre c, LocalDate day, String reason, String body, String docNo) {
        rows.add(new Object[] {ids.next(), kind, type, c.id(), c.name(), c.unitId(), c.post(), Date.valueOf(day),
                reason, body, docNo, DemoAccounts.CLERK, "王敏", Timestamp.valueOf(day.atTime(16, 0))});
    }

    private String reason() {
        return REASONS.get(rnd.nextInt(REASONS.size())).replace("{n}", String.valueOf(2 + rnd.nextInt(18)));
    }

    /** A weekday of the year between two days of it (1-based), never a weekend. */
    private LocalDate day(int year, int first, int last) {
        LocalDate day = LocalDate.ofYearDay(year, first + rnd.nextInt(last - first + 1));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.minusDays(1);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(2);
        }
        return day.getYear() == year ? day : LocalDate.of(year, 1, 2);
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
