package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.org.UnitType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates the key cadres and their career records and writes them with batched JDBC. The cadre
 * service cannot be used here: it takes the data scope from a signed-in portal user, and a startup
 * task has none. Enum columns hold the constant names, as the entities map them.
 */
final class DemoCadres {

    record Result(int cadres, int careerRecords) {
    }

    private static final String CADRE_SQL = "insert into cadres (id, version, cadre_code, name, gender, birth_date,"
            + " ethnicity, party, education, unit_id, post_title, cadre_rank, management_level, category, status)"
            + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] CADRE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR};

    private static final String CAREER_SQL = "insert into career_records (id, version, cadre_id, start_date, end_date,"
            + " unit_name, post_title, cadre_rank) values (?, 0, ?, ?, ?, ?, ?, ?)";
    private static final int[] CAREER_TYPES = {Types.BIGINT, Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR};

    /** Current posts began between these dates; fixed rather than "today" so every run is the same. */
    private static final LocalDate FIRST_START = LocalDate.of(2016, 1, 1);
    private static final int START_SPAN_DAYS = (int) ChronoUnit.DAYS.between(FIRST_START, LocalDate.of(2025, 1, 1));

    /** The profiles draw from their own generator: the cadres' other data come out as before they existed. */
    private static final long PROFILE_SEED = 18L;

    private final JdbcTemplate jdbc;
    private final Random rnd;
    private final DemoCity.Tree tree;
    private final SequenceIds cadreIds;
    private final SequenceIds careerIds;
    private final Set<String> names = new HashSet<>();
    private final List<Object[]> cadreRows = new ArrayList<>();
    private final List<Object[]> careerRows = new ArrayList<>();
    private final DemoProfiles profiles;
    private int lastCode = 10000;

    DemoCadres(JdbcTemplate jdbc, Random rnd, DemoCity.Tree tree) {
        this.jdbc = jdbc;
        this.rnd = rnd;
        this.tree = tree;
        this.cadreIds = new SequenceIds(jdbc, "cadres_seq");
        this.careerIds = new SequenceIds(jdbc, "career_records_seq");
        this.profiles = new DemoProfiles(jdbc, PROFILE_SEED, careerIds);
        // Reserved for the demo cadre user, who must have a known name.
        names.add(DemoAccounts.CADRE_NAME);
    }

    Result insert() {
        for (DemoUnit county : tree.counties()) {
            for (DemoPosts.Seat seat : DemoPosts.countyTeam(county)) {
                add(county, seat, ManagementLevel.CITY, null);
            }
        }
        for (DemoUnit unit : tree.municipals()) {
            for (DemoPosts.Seat seat : DemoPosts.municipalTeam(unit)) {
                add(unit, seat, ManagementLevel.CITY, null);
            }
        }
        for (DemoUnit township : tree.townships()) {
            List<DemoPosts.Seat> seats = DemoPosts.townshipTeam(township);
            boolean cadreUsersUnit = township.code().equals(DemoAccounts.CADRE_UNIT_CODE);
            add(township, seats.get(0), ManagementLevel.COUNTY, cadreUsersUnit ? DemoAccounts.CADRE_NAME : null);
            add(township, seats.get(1), ManagementLevel.COUNTY, null);
        }
        jdbc.batchUpdate(DemoProfiles.sql(CADRE_SQL), cadreRows, DemoProfiles.types(CADRE_TYPES));
        jdbc.batchUpdate(CAREER_SQL, careerRows, CAREER_TYPES);
        profiles.insert(jdbc);
        return new Result(cadreRows.size(), careerRows.size());
    }

    private void add(DemoUnit unit, DemoPosts.Seat seat, ManagementLevel level, String fixedName) {
        long id = cadreIds.next();
        Gender gender = fixedName != null || rnd.nextInt(100) < 75 ? Gender.MALE : Gender.FEMALE;
        String name = fixedName != null ? fixedName : DemoNames.personName(rnd, gender, names);
        LocalDate birth = birthDate(seat.rank());
        Party party = seat.nonParty() ? (rnd.nextBoolean() ? Party.DEMOCRATIC_PARTY : Party.NONE) : Party.CPC_MEMBER;
        // In the order the generator was always asked, so the other demo data stay as they were.
        String ethnicity = ethnicity();
        Education education = education(unit);
        Object[] own = {id, String.format("GB%05d", ++lastCode), name, gender.name(), Date.valueOf(birth),
                ethnicity, party.name(), education.name(), unit.id(), seat.title(), seat.rank().name(),
                level.name(), seat.category().name(), CadreStatus.ACTIVE.name()};

        LocalDate start = FIRST_START.plusDays(rnd.nextInt(START_SPAN_DAYS));
        List<Object[]> career = new ArrayList<>();
        LocalDate firstStart = rnd.nextBoolean() ? addEarlierRecord(career, id, unit, seat.rank(), birth, start) : start;
        career.add(new Object[] {careerIds.next(), id, Date.valueOf(start), null, unit.fullName(), seat.title(),
                seat.rank().name()});
        Object[] profile = profiles.columns(new DemoProfiles.Cadre(id, name, gender, birth, party, education,
                seat.rank(), firstStart), careerRows);
        careerRows.addAll(career);
        Object[] row = java.util.Arrays.copyOf(own, own.length + profile.length);
        System.arraycopy(profile, 0, row, own.length, profile.length);
        cadreRows.add(row);
    }

    /** The post held before the current one: one rank lower, somewhere else. Returns the first start. */
    private LocalDate addEarlierRecord(List<Object[]> career, long cadreId, DemoUnit current, CadreRank rank,
                                       LocalDate birth, LocalDate start) {
        LocalDate earlierStart = start.minusYears(3 + rnd.nextInt(6)).minusDays(rnd.nextInt(180));
        if (earlierStart.isBefore(birth.plusYears(25))) {
            return start;
        }
        CadreRank lower = CadreRank.values()[rank.ordinal() + 1];
        String[] job = earlierJob(current, lower);
        career.add(new Object[] {careerIds.next(), cadreId, Date.valueOf(earlierStart),
                Date.valueOf(start.minusDays(1)), job[0], job[1], lower.name()});
        return earlierStart;
    }

    /** Unit name and post title of an earlier job at the given rank. */
    private String[] earlierJob(DemoUnit current, CadreRank lower) {
        return switch (lower) {
            case DEPUTY_COUNTY -> {
                if (rnd.nextBoolean()) {
                    DemoUnit county = pickOther(tree.counties(), current);
                    yield new String[] {county.fullName(), "副" + DemoPosts.countyKind(county.name()) + "长"};
                }
                DemoUnit unit = pickOther(tree.municipals(), current);
                yield new String[] {unit.fullName(), DemoPosts.municipalTitles(unit.name()).deputy()};
            }
            case SECTION_HEAD -> {
                if (rnd.nextBoolean()) {
                    DemoUnit township = pickOther(tree.townships(), current);
                    yield new String[] {township.fullName(), DemoPosts.townshipTitles(township.name()).secretary()};
                }
                DemoUnit unit = pickOther(tree.municipals(), current);
                yield new String[] {unit.fullName(), pick(DemoNames.CITY_SECTION_POSTS)};
            }
            default -> {
                // A township head rose inside the county: from another township or a county bureau.
                DemoUnit county = current.type() == UnitType.TOWNSHIP ? current.parent() : tree.counties().get(0);
                if (rnd.nextBoolean()) {
                    DemoUnit township = pickOther(tree.townshipsOf(county), current);
                    DemoPosts.TownshipTitles t = DemoPosts.townshipTitles(township.name());
                    yield new String[] {township.fullName(), rnd.nextBoolean() ? t.deputySecretary() : t.deputyHead()};
                }
                yield new String[] {county.name() + pick(DemoNames.COUNTY_BUREAUS), "副局长"};
            }
        };
    }

    private LocalDate birthDate(CadreRank rank) {
        // Principals are older than deputies, township heads the youngest; all born 1966–1988.
        int from = switch (rank) {
            case COUNTY_HEAD -> 1966;
            case DEPUTY_COUNTY -> 1968;
            default -> 1972;
        };
        int to = switch (rank) {
            case COUNTY_HEAD -> 1977;
            case DEPUTY_COUNTY -> 1986;
            default -> 1988;
        };
        return LocalDate.of(from + rnd.nextInt(to - from + 1), 1, 1).plusDays(rnd.nextInt(365));
    }

    private String ethnicity() {
        int r = rnd.nextInt(100);
        return r < 94 ? "汉族" : r < 98 ? "土家族" : "回族";
    }

    private Education education(DemoUnit unit) {
        int r = rnd.nextInt(100);
        if (unit.type() == UnitType.TOWNSHIP) {
            return r < 25 ? Education.POSTGRADUATE : r < 85 ? Education.UNIVERSITY : Education.COLLEGE;
        }
        return r < 50 ? Education.POSTGRADUATE : r < 95 ? Education.UNIVERSITY : Education.COLLEGE;
    }

    private DemoUnit pickOther(List<DemoUnit> units, DemoUnit current) {
        while (true) {
            DemoUnit unit = units.get(rnd.nextInt(units.size()));
            if (unit.id() != current.id()) {
                return unit;
            }
        }
    }

    private String pick(List<String> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
