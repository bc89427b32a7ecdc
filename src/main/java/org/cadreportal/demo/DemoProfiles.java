package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CivilRank;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.IdentityNumber;
import org.cadreportal.cadre.Party;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 任免审批表 part of each demo cadre: a valid identity number for the birth date and sex, origin,
 * education blocks, titles, the jobs before the registry's career records (so the generated 简历 starts at
 * the first job), family members and the 2022–2025 annual grades (about 17% 优秀, a few 基本称职). Each
 * cadre draws from a generator of its own, so the cadres' other demo data come out as before.
 */
final class DemoProfiles {

    /** The columns {@link #columns} fills, after the cadres table's own. */
    static final String COLUMNS = ", id_number, native_place, birth_place, party_joined, work_started, health,"
            + " professional_title, expertise, ft_education, ft_degree, ft_education_school, ft_degree_school,"
            + " pt_education, pt_degree, pt_education_school, pt_degree_school, civil_rank, profile_edits";
    static final String PLACEHOLDERS = ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0";
    static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private static final String FAMILY_SQL = "insert into cadre_family_members (id, version, cadre_id, row_no, relation,"
            + " name, birth_month, political_status, work_and_post) values (?, 0, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] FAMILY_TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.DATE, Types.VARCHAR, Types.VARCHAR};
    private static final String GRADE_SQL = "insert into cadre_annual_grades (id, version, cadre_id, grade_year, grade)"
            + " values (?, 0, ?, ?, ?)";
    private static final int[] GRADE_TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR};

    private static final String PROVINCE = "湖北";
    private static final String REGION = "4211";
    private static final String[][] MAJORS = {{"汉语言文学", "文学学士"}, {"法学", "法学学士"}, {"经济学", "经济学学士"},
        {"行政管理", "管理学学士"}, {"土木工程", "工学学士"}, {"农学", "农学学士"}, {"会计学", "管理学学士"},
        {"计算机科学与技术", "工学学士"}, {"思想政治教育", "法学学士"}, {"历史学", "历史学学士"}};
    private static final List<String> SCHOOLS = List.of("武汉大学", "华中科技大学", "华中师范大学", "华中农业大学",
            "中南财经政法大学", "武汉理工大学", "湖北大学", "长江大学", "三峡大学", "黄冈师范学院");
    private static final List<String> COLLEGES = List.of("湖北广播电视大学", "黄冈职业技术学院", "湖北省经济管理干部学院");
    private static final List<String> EXPERTISE = List.of("熟悉经济管理工作", "熟悉党务和组织人事工作",
            "熟悉农业农村工作", "熟悉城乡规划建设", "熟悉财政金融工作", "熟悉招商引资和项目建设", "熟悉基层社会治理",
            "熟悉政法和信访工作", "熟悉文化教育工作", "熟悉生态环境保护");
    private static final List<String> TITLES = List.of("经济师", "高级经济师", "工程师", "讲师", "会计师");
    private static final List<String> SPOUSE_WORK = List.of("鄂东市第一中学教师", "鄂东市中心医院医生",
            "鄂东市税务局干部", "鄂东市农商银行职员", "东安县实验小学教师", "鄂东市财政局干部", "个体经营",
            "鄂东市供电公司职员", "鄂东日报社编辑");
    private static final List<String> ADULT_CHILD_WORK = List.of("武汉市某科技公司职员", "鄂东市人民医院护士",
            "在武汉大学攻读硕士研究生", "湖北省农业发展银行职员", "深圳市某公司工程师");
    private static final List<String> PARENT_WORK = List.of("退休", "务农", "已去世", "退休（原县供销社职工）");

    private final Random seed;
    private final SequenceIds careerIds;
    private final SequenceIds familyIds;
    private final SequenceIds gradeIds;
    private final List<String> counties;
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> familyNames = new HashSet<>();
    private final List<Object[]> familyRows = new ArrayList<>();
    private final List<Object[]> gradeRows = new ArrayList<>();

    DemoProfiles(JdbcTemplate jdbc, long seed, SequenceIds careerIds) {
        this.seed = new Random(seed);
        this.careerIds = careerIds;
        this.familyIds = new SequenceIds(jdbc, "cadre_family_members_seq");
        this.gradeIds = new SequenceIds(jdbc, "cadre_annual_grades_seq");
        this.counties = DemoNames.COUNTIES.stream().map(c -> c.substring(0, c.length() - 1)).toList();
    }

    /** What a new cadre needs beside its own columns; {@code careerRows} gets the jobs before {@code firstStart}. */
    record Cadre(long id, String name, Gender gender, LocalDate birth, Party party, Education education,
                 CadreRank rank, LocalDate firstStart) {
    }

    /** The profile columns of one cadre (in {@link #COLUMNS}' order), its earlier jobs put in {@code careerRows}. */
    Object[] columns(Cadre c, List<Object[]> careerRows) {
        Random rnd = new Random(seed.nextLong());
        int county = rnd.nextInt(counties.size());
        String id;
        do {
            id = IdentityNumber.of(REGION + String.format("%02d", 21 + county), c.birth(),
                    rnd.nextInt(500) * 2 + (c.gender() == Gender.MALE ? 1 : 0));
        } while (!idNumbers.add(id));
        String nativePlace = PROVINCE + counties.get(county);
        String birthPlace = rnd.nextInt(10) < 8 ? nativePlace : PROVINCE + counties.get(rnd.nextInt(counties.size()));
        YearMonth workStarted = YearMonth.of(c.birth().getYear() + 22 + rnd.nextInt(2), 7 + rnd.nextInt(2));
        YearMonth partyJoined = c.party() != Party.CPC_MEMBER ? null
                : YearMonth.of(c.birth().getYear() + 20 + rnd.nextInt(8), 1 + rnd.nextInt(12));
        if (partyJoined != null && partyJoined.isAfter(YearMonth.from(c.firstStart()))) {
            partyJoined = workStarted.plusMonths(12);
        }
        String[] major = MAJORS[rnd.nextInt(MAJORS.length)];
        String school = SCHOOLS.get(rnd.nextInt(SCHOOLS.size()));
        String[] ft;
        String[] pt = {null, null, null, null};
        switch (c.education()) {
            case POSTGRADUATE -> {
                ft = new String[] {"大学", major[1], school + major[0] + "专业", school};
                pt = rnd.nextBoolean()
                        ? new String[] {"研究生", "公共管理硕士", "华中科技大学公共管理专业", "华中科技大学"}
                        : new String[] {"中央党校研究生", null, "中央党校经济学专业", null};
            }
            case UNIVERSITY -> {
                ft = rnd.nextInt(3) == 0 ? new String[] {"大专", null, COLLEGES.get(rnd.nextInt(COLLEGES.size()))
                        + major[0] + "专业", null} : new String[] {"大学", major[1], school + major[0] + "专业", school};
                if (ft[0].equals("大专")) {
                    pt = new String[] {"大学", null, "湖北省委党校经济管理专业", null};
                }
            }
            default -> ft = new String[] {"大专", null, COLLEGES.get(rnd.nextInt(COLLEGES.size())) + major[0] + "专业", null};
        }
        earlierJobs(c, rnd, workStarted, careerRows);
        family(c, rnd);
        grades(c, rnd);
        return new Object[] {id, nativePlace, birthPlace, date(partyJoined), date(workStarted),
                rnd.nextInt(10) < 8 ? "健康" : "良好", rnd.nextInt(4) == 0 ? TITLES.get(rnd.nextInt(TITLES.size())) : null,
                EXPERTISE.get(rnd.nextInt(EXPERTISE.size())), ft[0], ft[1], ft[2], ft[3], pt[0], pt[1], pt[2], pt[3],
                civilRank(c.rank(), rnd)};
    }

    void insert(JdbcTemplate jdbc) {
        jdbc.batchUpdate(FAMILY_SQL, familyRows, FAMILY_TYPES);
        jdbc.batchUpdate(GRADE_SQL, gradeRows, GRADE_TYPES);
    }

    /** The first jobs, from the first day of work to the day before the registry's first career record. */
    private void earlierJobs(Cadre c, Random rnd, YearMonth workStarted, List<Object[]> careerRows) {
        LocalDate from = workStarted.atDay(1);
        LocalDate until = c.firstStart().minusDays(1);
        if (!until.isAfter(from.plusMonths(6))) {
            return;
        }
        String county = DemoNames.COUNTIES.get(rnd.nextInt(DemoNames.COUNTIES.size()));
        String bureau = DemoNames.COUNTY_BUREAUS.get(rnd.nextInt(DemoNames.COUNTY_BUREAUS.size()));
        LocalDate split = from.plusDays((until.toEpochDay() - from.toEpochDay()) * (40 + rnd.nextInt(25)) / 100)
                .withDayOfMonth(1);
        if (split.isAfter(from.plusMonths(12)) && split.isBefore(until.minusMonths(12))) {
            careerRows.add(new Object[] {careerIds.next(), c.id(), Date.valueOf(from), Date.valueOf(split.minusDays(1)),
                    county + bureau, "科员", CadreRank.DEPUTY_SECTION.name()});
            careerRows.add(new Object[] {careerIds.next(), c.id(), Date.valueOf(split), Date.valueOf(until),
                    county + bureau, rnd.nextBoolean() ? "副局长" : "办公室主任", CadreRank.DEPUTY_SECTION.name()});
        } else {
            careerRows.add(new Object[] {careerIds.next(), c.id(), Date.valueOf(from), Date.valueOf(until),
                    county + bureau, "科员", CadreRank.DEPUTY_SECTION.name()});
        }
    }

    private void family(Cadre c, Random rnd) {
        String surname = c.name().substring(0, 1);
        int row = 0;
        Gender spouseGender = c.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        addRelative(c.id(), row++, c.gender() == Gender.MALE ? "妻子" : "丈夫", name(rnd, spouseGender, null),
                month(c.birth(), -3 + rnd.nextInt(6), rnd), rnd.nextBoolean() ? "中共党员" : "群众",
                SPOUSE_WORK.get(rnd.nextInt(SPOUSE_WORK.size())));
        Gender childGender = rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        YearMonth childBirth = month(c.birth(), 25 + rnd.nextInt(8), rnd);
        int childAge = 2025 - childBirth.getYear();
        addRelative(c.id(), row++, childGender == Gender.MALE ? "儿子" : "女儿", name(rnd, childGender, surname),
                childBirth, childAge >= 18 ? (rnd.nextBoolean() ? "共青团员" : "群众") : "群众",
                childAge >= 23 ? ADULT_CHILD_WORK.get(rnd.nextInt(ADULT_CHILD_WORK.size()))
                        : childAge >= 18 ? "湖北大学学生" : "鄂东市第一中学学生");
        addRelative(c.id(), row++, "父亲", name(rnd, Gender.MALE, surname), month(c.birth(), -(24 + rnd.nextInt(8)), rnd),
                rnd.nextInt(3) == 0 ? "中共党员" : "群众", PARENT_WORK.get(rnd.nextInt(PARENT_WORK.size())));
        if (rnd.nextInt(3) > 0) {
            addRelative(c.id(), row, "母亲", name(rnd, Gender.FEMALE, null), month(c.birth(), -(22 + rnd.nextInt(8)), rnd),
                    "群众", PARENT_WORK.get(rnd.nextInt(PARENT_WORK.size())));
        }
    }

    private void addRelative(long cadreId, int row, String relation, String name, YearMonth birth, String status,
                             String work) {
        familyRows.add(new Object[] {familyIds.next(), cadreId, row, relation, name, date(birth), status, work});
    }

    private void grades(Cadre c, Random rnd) {
        for (int year = 2022; year <= 2025; year++) {
            int r = rnd.nextInt(1000);
            AnnualGrade grade = r < 170 ? AnnualGrade.EXCELLENT : r < 185 ? AnnualGrade.BASICALLY_COMPETENT
                    : AnnualGrade.COMPETENT;
            gradeRows.add(new Object[] {gradeIds.next(), c.id(), year, grade.name()});
        }
    }

    /** The 职级 column's value: the constant's name, or null for none. */
    private static String civilRank(CadreRank rank, Random rnd) {
        CivilRank civil = civilRankOf(rank, rnd.nextInt(10));
        return civil == null ? null : civil.name();
    }

    private static CivilRank civilRankOf(CadreRank rank, int r) {
        return switch (rank) {
            case DEPARTMENT_HEAD, DEPUTY_DEPARTMENT -> r < 4 ? CivilRank.INSPECTOR_2 : null;
            case COUNTY_HEAD -> r < 4 ? CivilRank.RESEARCHER_1 : r < 6 ? CivilRank.RESEARCHER_2 : null;
            case DEPUTY_COUNTY -> r < 3 ? CivilRank.RESEARCHER_3 : r < 5 ? CivilRank.RESEARCHER_4 : null;
            case SECTION_HEAD -> r < 4 ? CivilRank.PRINCIPAL_STAFF_1 : null;
            case DEPUTY_SECTION -> r < 4 ? CivilRank.PRINCIPAL_STAFF_3 : null;
        };
    }

    /** A family member's name; {@code surname} null for a spouse or mother (a surname of their own). */
    private String name(Random rnd, Gender gender, String surname) {
        String full = DemoNames.personName(rnd, gender, familyNames);
        return surname == null ? full : surname + full.substring(1);
    }

    private static YearMonth month(LocalDate birth, int yearsAfter, Random rnd) {
        return YearMonth.of(birth.getYear() + yearsAfter, 1 + rnd.nextInt(12));
    }

    private static Date date(YearMonth month) {
        return month == null ? null : Date.valueOf(month.atDay(1));
    }

    /** The cadres' profile columns appended to their own: the SQL and the types of the combined row. */
    static String sql(String cadreSql) {
        int cols = cadreSql.indexOf(") values (");
        int end = cadreSql.lastIndexOf(')');
        return cadreSql.substring(0, cols) + COLUMNS + cadreSql.substring(cols, end) + PLACEHOLDERS + ")";
    }

    static int[] types(int[] cadreTypes) {
        int[] all = java.util.Arrays.copyOf(cadreTypes, cadreTypes.length + TYPES.length);
        System.arraycopy(TYPES, 0, all, cadreTypes.length, TYPES.length);
        return all;
    }
}
