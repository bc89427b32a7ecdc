package org.cadreportal.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills the benchmark database with a province: a root, 15 cities, 150 counties, 3,000 townships and
 * county bureaus plus 150 city bureaus; 100,000 cadres; eight quarters; 2,000,000 entries, written
 * quarter by quarter as a real archive grows (ids rise with time, every cadre in every quarter), through
 * multi-row INSERTs committed every {@link #COMMIT_ROWS} rows. Also the benchmark's clerk account.
 */
final class ArchiveBenchFill {

    static final int CITIES = 15;
    static final int COUNTIES_PER_CITY = 10;
    static final int LEAVES_PER_COUNTY = 20;
    static final int BUREAUS_PER_CITY = 10;
    static final int CADRES = 100_000;
    static final int PERIODS = 8;
    /** Two or three entries per cadre and quarter, alternating: 2.5 × 8 × 100,000. */
    static final int ENTRIES = 2_000_000;
    static final long ROOT = 1;
    static final String USERNAME = "bench_clerk";

    private static final int ROWS_PER_STATEMENT = 500;
    private static final int COMMIT_ROWS = 50_000;
    private static final LocalDate FIRST_QUARTER = LocalDate.of(2025, 1, 1);
    private static final String[] ROLES = {"LEAD", "TAKE_PART", "IN_CHARGE"};

    private final DataSource dataSource;
    private final Random rnd = new Random(42);
    private final ArchiveBenchTexts texts = new ArchiveBenchTexts(rnd);

    ArchiveBenchFill(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void fill() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<long[]> cadreUnits = units(c);
            cadres(c, cadreUnits);
            periods(c);
            user(c);
            c.commit();
            entries(c);
            c.commit();
        }
    }

    /**
     * Units with their materialised paths; returns where cadres sit: {unit id, kind} with kind 0 for a
     * township or bureau (most cadres), 1 for a county, 2 for a city.
     */
    private List<long[]> units(Connection c) throws SQLException {
        Batch batch = new Batch(c, "units", "id, version, code, name, unit_type, parent_id, path, sort_order, active", 9);
        List<long[]> cadreUnits = new ArrayList<>();
        batch.add(ROOT, 0, "P00", "江汉省", "CITY", null, "/1/", 1, true);
        long next = 2;
        for (int ci = 0; ci < CITIES; ci++) {
            long city = next++;
            String cityPath = "/1/" + city + "/";
            String cityName = ArchiveBenchTexts.place(ci) + "市";
            batch.add(city, 0, "C" + ci, cityName, "CITY", ROOT, cityPath, ci + 1, true);
            cadreUnits.add(new long[] {city, 2});
            for (int b = 0; b < BUREAUS_PER_CITY; b++) {
                long bureau = next++;
                batch.add(bureau, 0, "C" + ci + "B" + b, cityName + ArchiveBenchTexts.bureau(b), "MUNICIPAL", city,
                        cityPath + bureau + "/", 100 + b, true);
                cadreUnits.add(new long[] {bureau, 0});
            }
            for (int co = 0; co < COUNTIES_PER_CITY; co++) {
                long county = next++;
                String countyPath = cityPath + county + "/";
                String countyName = ArchiveBenchTexts.place(CITIES + ci * COUNTIES_PER_CITY + co) + "县";
                batch.add(county, 0, "C" + ci + "X" + co, countyName, "COUNTY", city, countyPath, co + 1, true);
                cadreUnits.add(new long[] {county, 1});
                for (int t = 0; t < LEAVES_PER_COUNTY; t++) {
                    long leaf = next++;
                    boolean township = t < 12;
                    String name = township ? ArchiveBenchTexts.place(1000 + (int) leaf) + (t % 5 == 4 ? "乡" : "镇")
                            : countyName + ArchiveBenchTexts.bureau(t);
                    batch.add(leaf, 0, "C" + ci + "X" + co + "T" + t, name, township ? "TOWNSHIP" : "DEPARTMENT",
                            county, countyPath + leaf + "/", t + 1, true);
                    cadreUnits.add(new long[] {leaf, 0});
                }
            }
        }
        batch.finish();
        return cadreUnits;
    }

    /** 100,000 cadres: about 30 in each township or bureau, a team in each county and city. */
    private void cadres(Connection c, List<long[]> units) throws SQLException {
        Batch batch = new Batch(c, "cadres", "id, version, cadre_code, name, gender, birth_date, ethnicity, party,"
                + " education, unit_id, post_title, cadre_rank, management_level, category, status", 15);
        List<long[]> weighted = new ArrayList<>();
        for (long[] u : units) {
            // Counties and cities hold bigger teams than a township.
            int weight = u[1] == 0 ? 1 : 3;
            for (int w = 0; w < weight; w++) {
                weighted.add(u);
            }
        }
        for (int n = 1; n <= CADRES; n++) {
            long[] unit = weighted.get((n - 1) % weighted.size());
            boolean principal = rnd.nextInt(10) == 0;
            String rank = unit[1] == 2 ? "DEPUTY_DEPARTMENT" : unit[1] == 1 ? "DEPUTY_COUNTY" : "SECTION_HEAD";
            batch.add(n, 0, String.format("B%07d", n), ArchiveBenchTexts.personName(rnd), rnd.nextInt(4) == 0 ? "FEMALE"
                    : "MALE", Date.valueOf(LocalDate.of(1965 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))),
                    "汉族", "CPC_MEMBER", "UNIVERSITY", unit[0], principal ? "主要负责人" : "班子成员", rank,
                    unit[1] == 0 ? "COUNTY" : "CITY", principal ? "PRINCIPAL" : "TEAM_MEMBER", "ACTIVE");
        }
        batch.finish();
    }

    private void periods(Connection c) throws SQLException {
        Batch periods = new Batch(c, "filing_periods",
                "id, version, name_zh, name_en, starts_on, ends_on, deadline, opened_by", 8);
        Batch categories = new Batch(c, "filing_period_categories", "period_id, category", 2);
        for (int p = 1; p <= PERIODS; p++) {
            LocalDate start = FIRST_QUARTER.plusMonths(3L * (p - 1));
            int q = (start.getMonthValue() - 1) / 3 + 1;
            periods.add(p, 0, start.getYear() + "年第" + "一二三四".charAt(q - 1) + "季度", start.getYear() + " Q" + q,
                    Date.valueOf(start), Date.valueOf(end(p)), Date.valueOf(end(p).plusDays(15)), "admin");
            for (String category : List.of("PRINCIPAL", "TEAM_MEMBER", "OTHER")) {
                categories.add(p, category);
            }
        }
        periods.finish();
        categories.finish();
    }

    private void user(Connection c) throws SQLException {
        new Batch(c, "user_accounts", "id, version, username, display_name, password_hash, enabled, scope_unit_id,"
                + " cadre_id", 8).add(1, 0, USERNAME, "基准测试", "{noop}not-for-sign-in", true, ROOT, null)
                .finish();
        new Batch(c, "user_roles", "user_id, role", 2).add(1, "CLERK").finish();
    }

    private void entries(Connection c) throws SQLException {
        Batch batch = new Batch(c, "achievement_entries", "id, version, cadre_id, period_id, field_id, level_id,"
                + " category_id, cadre_role, what_done, achieved, effect, figures, status, late, proxy_by, proxy_name,"
                + " submitted_at, return_reason, reviewer_name, reviewed_at, score_completion, score_truth,"
                + " score_difficulty, score_contribution", 24);
        long id = 0;
        long started = System.nanoTime();
        for (int p = 1; p <= PERIODS; p++) {
            boolean open = p == PERIODS;
            for (int cadre = 1; cadre <= CADRES; cadre++) {
                int count = 2 + (cadre + p) % 2;
                for (int k = 0; k < count; k++) {
                    entry(batch, ++id, cadre, p, open);
                    if (id % COMMIT_ROWS == 0) {
                        batch.flush();
                        c.commit();
                    }
                }
            }
            System.out.printf("  quarter %d filled: %,d entries so far, %.0f s%n", p, id,
                    (System.nanoTime() - started) / 1e9);
        }
        batch.finish();
    }

    private void entry(Batch batch, long id, int cadre, int period, boolean open) throws SQLException {
        int r = rnd.nextInt(100);
        String status = open ? (r < 50 ? "DRAFT" : r < 90 ? "SUBMITTED" : "ACCEPTED")
                : r < 3 ? "DRAFT" : r < 9 ? "RETURNED" : r < 14 ? "SUBMITTED" : "ACCEPTED";
        boolean submitted = !status.equals("DRAFT");
        boolean reviewed = status.equals("ACCEPTED") || status.equals("RETURNED");
        boolean late = submitted && rnd.nextInt(20) == 0;
        LocalDateTime submittedAt = submitted ? end(period).minusDays(20).plusDays(rnd.nextInt(late ? 50 : 35))
                .atTime(8 + rnd.nextInt(12), rnd.nextInt(60), rnd.nextInt(60)) : null;
        LocalDateTime reviewedAt = reviewed ? submittedAt.plusDays(1 + rnd.nextInt(10)) : null;
        long field = 1 + rnd.nextInt(8);
        ArchiveBenchTexts.Texts t = texts.entry((int) field);
        boolean accepted = status.equals("ACCEPTED");
        batch.add(id, reviewed ? 2 : submitted ? 1 : 0, cadre, period, field, 21 + rnd.nextInt(5), 41 + rnd.nextInt(4),
                ROLES[rnd.nextInt(3)], t.whatDone(), t.achieved(), t.effect(), t.figures(), status, late, null, null,
                ts(submittedAt), status.equals("RETURNED") ? "成效数据缺少佐证材料，请补充" : null, reviewed ? "王敏" : null,
                ts(reviewedAt), accepted ? 3 + rnd.nextInt(3) : null, accepted ? 3 + rnd.nextInt(3) : null,
                accepted ? 3 + rnd.nextInt(3) : null, accepted ? 3 + rnd.nextInt(3) : null);
    }

    private static LocalDate end(int period) {
        return FIRST_QUARTER.plusMonths(3L * period).minusDays(1);
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    /** Rows gathered into INSERTs of {@link #ROWS_PER_STATEMENT} rows each, one prepared statement reused. */
    private static final class Batch {

        private final Connection connection;
        private final String prefix;
        private final String row;
        private final int columns;
        private final List<Object[]> rows = new ArrayList<>();
        private PreparedStatement full;

        Batch(Connection connection, String table, String columnList, int columns) {
            this.connection = connection;
            this.prefix = "insert into " + table + " (" + columnList + ") values ";
            this.row = "(" + "?,".repeat(columns - 1) + "?)";
            this.columns = columns;
        }

        Batch add(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
            }
            rows.add(values);
            if (rows.size() == ROWS_PER_STATEMENT) {
                flush();
            }
            return this;
        }

        void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            boolean isFull = rows.size() == ROWS_PER_STATEMENT;
            PreparedStatement ps = isFull ? fullStatement() : connection.prepareStatement(sql(rows.size()));
            int i = 1;
            for (Object[] values : rows) {
                for (Object v : values) {
                    ps.setObject(i++, v);
                }
            }
            ps.executeUpdate();
            if (!isFull) {
                ps.close();
            }
            rows.clear();
        }

        void finish() throws SQLException {
            flush();
            if (full != null) {
                full.close();
            }
        }

        private PreparedStatement fullStatement() throws SQLException {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            return full;
        }

        private String sql(int count) {
            return prefix + (row + ",").repeat(count - 1) + row;
        }
    }
}
