package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Registry queries, data scope and optimistic locking against the real MariaDB. */
class CadreRegistryIT extends LiveTest {

    @Autowired
    CadreService cadres;

    @Autowired
    JdbcTemplate jdbc;

    private String pathOf(String unitCode) {
        return jdbc.queryForObject("select path from units where code = ?", String.class, unitCode);
    }

    /** Counted straight from the tables, independently of the service's query. */
    private long count(String scopePath, String extraWhere, Object... args) {
        List<Object> params = new ArrayList<>(List.of(scopePath + "%"));
        params.addAll(List.of(args));
        return jdbc.queryForObject("select count(*) from cadres c join units u on u.id = c.unit_id "
                + "where c.status = 'ACTIVE' and u.path like ? " + extraWhere, Long.class, params.toArray());
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerksQueriesStayInsideTheCounty() {
        String county = pathOf(DemoAccounts.COUNTY_CODE);
        Page<CadreRow> page = cadres.page(CadreFilter.active(), PageRequest.of(0, 500));
        assertThat(page.getTotalElements()).isEqualTo(count(county, "")).isLessThan(count("/", ""));
        assertThat(page.getContent()).allSatisfy(row ->
                assertThat(jdbc.queryForObject("select path from units where id = ?", String.class, row.unitId()))
                        .startsWith(county));
        // A filter on a unit outside the scope finds nothing rather than widening the scope.
        long otherCounty = jdbc.queryForObject("select id from units where code = 'X02'", Long.class);
        assertThat(cadres.count(new CadreFilter(null, otherCounty, null, null, null, CadreStatus.ACTIVE))).isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void filtersOnLevelCategoryAndNameMatchAnIndependentCount() {
        long cityLevelPrincipals = cadres.count(new CadreFilter(null, null, ManagementLevel.CITY,
                CadreCategory.PRINCIPAL, null, CadreStatus.ACTIVE));
        assertThat(cityLevelPrincipals).isPositive()
                .isEqualTo(count("/", "and c.management_level = 'CITY' and c.category = 'PRINCIPAL'"));
        String surname = jdbc.queryForObject("select substring(name, 1, 1) from cadres order by id limit 1", String.class);
        assertThat(cadres.count(new CadreFilter(surname, null, null, null, null, CadreStatus.ACTIVE)))
                .isEqualTo(count("/", "and (c.name like ? or c.cadre_code like ?)", "%" + surname + "%", "%" + surname + "%"));
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void pagesAreSortedInTheDatabaseAndDoNotOverlap() {
        Sort byBirth = Sort.by("birthDate");
        List<CadreRow> first = cadres.page(CadreFilter.active(), PageRequest.of(0, 50, byBirth)).getContent();
        List<CadreRow> second = cadres.page(CadreFilter.active(), PageRequest.of(1, 50, byBirth)).getContent();
        assertThat(first).hasSize(50);
        assertThat(first).isSortedAccordingTo((a, b) -> a.birthDate().compareTo(b.birthDate()));
        assertThat(first.getLast().birthDate()).isBeforeOrEqualTo(second.getFirst().birthDate());
        assertThat(first).extracting(CadreRow::id).doesNotContainAnyElementsOf(second.stream().map(CadreRow::id).toList());
    }

    /** Prints the registry's first-page time (50 rows plus the total) for the README; asserts only the page. */
    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void firstPageOfTheGridIsServedFromTheDatabase() {
        PageRequest first = PageRequest.of(0, 50, Sort.by("name"));
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            Page<CadreRow> page = cadres.page(CadreFilter.active(), first);
            nanos[i] = System.nanoTime() - t;
            assertThat(page.getContent()).hasSize(50);
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("Cadre grid first page on MariaDB (%d cadres, 50 rows + count): median %.1f ms, max %.1f ms%n",
                cadres.count(CadreFilter.active()), nanos[10] / 1e6, nanos[20] / 1e6);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void anotherCountysCadreIsMissingForACountyClerk() {
        long outside = jdbc.queryForObject("select min(c.id) from cadres c join units u on u.id = c.unit_id "
                + "where u.path not like ?", Long.class, pathOf(DemoAccounts.COUNTY_CODE) + "%");
        assertThatThrownBy(() -> cadres.get(outside)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> cadres.history(outside)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> cadres.get(999_999_999L)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aStaleSaveIsRefusedAndTheFirstSaveIsKeptInHistory() {
        long id = jdbc.queryForObject("select max(id) from cadres where status = 'ACTIVE'", Long.class);
        CadreDetails before = cadres.get(id);
        CadreForm first = before.form();
        first.setPostTitle("IT 第一次修改");
        cadres.update(id, before.version(), first);

        CadreForm second = cadres.get(id).form();
        second.setPostTitle("IT 过期修改");
        assertThatThrownBy(() -> cadres.update(id, before.version(), second)).isInstanceOf(StaleDataException.class);

        assertThat(cadres.get(id).form().getPostTitle()).isEqualTo("IT 第一次修改");
        HistoryEntry latest = cadres.history(id).getFirst();
        assertThat(latest.who()).isEqualTo(DemoAccounts.CLERK);
        assertThat(latest.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("postTitle");
            assertThat(c.after()).isEqualTo("IT 第一次修改");
        });
        assertThat(cadres.career(id).getFirst().postTitle()).isEqualTo("IT 第一次修改");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void twoParallelSavesOfTheSameVersionLeaveOneWinner() throws Exception {
        long id = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
        CadreDetails start = cadres.get(id);
        SecurityContext context = SecurityContextHolder.getContext();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String post : List.of("并发甲", "并发乙")) {
            Callable<String> save = () -> {
                SecurityContextHolder.setContext(context);
                CadreForm form = cadres.get(id).form();
                form.setPostTitle(post);
                go.await();
                try {
                    cadres.update(id, start.version(), form);
                    return "saved:" + post;
                } catch (StaleDataException e) {
                    return "stale";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(save));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("stale");
        String winner = outcomes.stream().filter(o -> o.startsWith("saved:")).findFirst().orElseThrow().substring(6);
        assertThat(cadres.get(id).form().getPostTitle()).isEqualTo(winner);
        assertThat(cadres.get(id).version()).isEqualTo(start.version() + 1);
    }
}
