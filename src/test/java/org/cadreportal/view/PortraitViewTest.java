package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.ui.AwardListView;
import org.cadreportal.base.ui.PortalLocales;
import org.cadreportal.cadre.CadrePortrait;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSource;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.workflow.CaseStatus;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The cadre's portrait (干部画像) on a 能上能下 case page: what it shows of the demo cadre of the "down" case at
 * 讨论决定, that what a role may not open is left out, and that every section is read in one or two queries.
 */
class PortraitViewTest extends ViewTest {

    static final String DEMO_DECISION = """
            select min(c.id) from adjustment_cases c join procedure_steps s on s.id = c.current_step_id
            where c.direction = 'DOWN' and c.status = 'OPEN' and s.code = 'DECIDE'
            and exists (select 1 from meeting_seats m where m.case_id = c.id and m.vote is not null)""";

    @Autowired
    AdjustmentService cases;

    @Autowired
    CadreService cadres;

    @Autowired
    org.cadreportal.cadre.CadreProfileService profiles;

    @Autowired
    List<PortraitSource> sources;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcTemplate jdbc;

    /** The demo's "down" case at 讨论决定, its vote under way (tests may bring more cases there). */
    private CaseRow downCaseAtDecision() {
        long id = jdbc.queryForObject(DEMO_DECISION, Long.class);
        return cases.page(new CaseFilter(null, Direction.DOWN, "DECIDE", CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 100)).getContent().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    private static String dump(CadrePortrait p) {
        StringBuilder s = new StringBuilder(p.name() + " " + p.age() + " " + p.unitName() + " " + p.postTitle() + "\n");
        for (PortraitSection sec : p.sections()) {
            s.append("== ").append(sec.title()).append(' ').append(sec.figures()).append(" more ").append(sec.more())
                    .append('\n');
            sec.rows().forEach(r -> s.append("   ").append(r).append('\n'));
        }
        return s.toString();
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void committeeMemberSeesTheCadresRecordAtTheDecision() {
        CaseRow c = downCaseAtDecision();
        CadrePortrait p = cadres.portrait(c.cadreId(), PortalLocales.CHINESE);
        System.out.println(dump(p));
        assertThat(p.section("archive").orElseThrow().rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.link()).startsWith("archive/entry/"));
        assertThat(p.section("inspection").orElseThrow().rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.link()).startsWith("inspection/"));
        assertThat(p.section("supervision").orElseThrow().rows())
                .anySatisfy(r -> {
                    assertThat(r.tag()).isEqualTo("红灯");
                    assertThat(r.tone()).isEqualTo(PortraitRow.Tone.BAD);
                    assertThat(r.link()).startsWith("supervision/item/");
                });
        assertThat(p.section("award").orElseThrow().rows()).isNotEmpty();
        assertThat(p.section("grades").orElseThrow().rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.tag()).isIn("优秀", "称职", "基本称职", "不称职"));
        assertThat(p.sections()).extracting(PortraitSection::key).containsSubsequence("archive", "inspection",
                "supervision", "award", "tolerance", "clarification", "grades");

        navigate(CaseView.class, c.id());
        Details portrait = (Details) $(Details.class).id("case-portrait");
        assertThat(portrait.isOpened()).isTrue();
        assertThat(((Anchor) $(Anchor.class).id("case-cadre")).getHref()).isEqualTo("cadre/" + c.cadreId());
        String timeline = ((Anchor) $(Anchor.class).id("portrait-timeline-link")).getHref();
        assertThat(timeline).isEqualTo("cadre/" + c.cadreId() + "?tab=timeline");
        for (String key : List.of("archive", "inspection", "supervision", "award", "grades")) {
            Div section = (Div) $(Div.class).id("portrait-" + key);
            assertThat(section.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                    .as(key).isNotEmpty();
        }
        String supervision = ((Div) $(Div.class).id("portrait-supervision")).getElement().getTextRecursively();
        assertThat(supervision).contains("红灯");

        // The full timeline opens on its tab.
        com.vaadin.flow.component.UI.getCurrent().navigate("cadre/" + c.cadreId(),
                com.vaadin.flow.router.QueryParameters.fromString("tab=timeline"));
        var tabs = (com.vaadin.flow.component.tabs.TabSheet) $(com.vaadin.flow.component.tabs.TabSheet.class)
                .id("cadre-tabs");
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("实绩时间轴");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void anAwardRowLinksToTheAwardListSearchedForTheCadre() {
        CadrePortrait p = cadres.portrait(downCaseAtDecision().cadreId(), PortalLocales.CHINESE);
        String link = p.section("award").orElseThrow().rows().getFirst().link();
        int q = link.indexOf('?');
        com.vaadin.flow.component.UI.getCurrent().navigate(link.substring(0, q),
                com.vaadin.flow.router.QueryParameters.fromString(link.substring(q + 1)));
        assertThat(getCurrentView()).isInstanceOf(AwardListView.class);
        @SuppressWarnings("unchecked")
        Grid<AwardRow> grid = (Grid<AwardRow>) $(Grid.class).id("award-grid");
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).cadreName()).isEqualTo(p.name());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theProfilesPhotoIsShownInThePortrait() throws Exception {
        CaseRow c = cases.page(new CaseFilter(null, Direction.UP, "DECIDE", CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 1)).getContent().getFirst();
        navigate(CaseView.class, c.id());
        assertThat(present("portrait-photo")).isFalse();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(30, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        profiles.uploadPhoto(c.cadreId(), png.toByteArray());
        assertThat(cadres.portrait(c.cadreId(), PortalLocales.CHINESE).hasPhoto()).isTrue();
        navigate(CaseView.class, c.id());
        assertThat(present("portrait-photo")).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void disciplineOfficerSeesNoSupervisionItemsInThePortrait() {
        navigate(CaseView.class, downCaseAtDecision().id());
        assertThat(present("case-portrait")).isTrue();
        assertThat(present("portrait-clarification")).isTrue();
        assertThat(present("portrait-archive")).isTrue();
        assertThat(present("portrait-supervision")).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void aRoleThatMayNotOpenCasesOrAwardsGetsNoneOfThemInThePortrait() {
        // This role may not list 能上能下 cases; the portrait is read for the same cadre straight from the registry.
        long cadreId = jdbc.queryForObject("select cadre_id from adjustment_cases where id = ("
                + DEMO_DECISION + ")", Long.class);
        CadrePortrait p = cadres.portrait(cadreId, Locale.ENGLISH);
        assertThat(p.sections()).extracting(PortraitSection::title).allMatch(t -> t.matches("[A-Za-z ,-]+"));
        assertThat(p.sections()).extracting(PortraitSection::key)
                .contains("archive", "inspection", "supervision")
                .doesNotContain("clarification", "tolerance", "award");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void everySectionIsReadInOneOrTwoQueriesWhateverItsRows() {
        long cadreId = downCaseAtDecision().cadreId();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean wasOn = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            int rows = 0;
            for (PortraitSource source : sources) {
                stats.clear();
                PortraitSection section = source.sectionFor(cadreId, PortalLocales.CHINESE).orElseThrow();
                rows += section.rows().size() + section.more();
                assertThat(stats.getPrepareStatementCount()).as(section.key()).isBetween(1L, 2L);
            }
            assertThat(rows).as("rows over all sections").isGreaterThan(sources.size());
        } finally {
            stats.setStatisticsEnabled(wasOn);
        }
    }
}
