package org.cadreportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.ui.NotFoundView;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.AccessMatrix.MethodRow;
import org.cadreportal.security.AccessMatrix.RouteRow;
import org.cadreportal.security.ui.LoginView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.test.util.AopTestUtils;

/**
 * Every route and every service method against every role, decided by the same checkers that
 * enforce them (Vaadin's {@link AccessAnnotationChecker}, Spring Security's
 * {@link Jsr250AuthorizationManager}), proven by real refusals, and kept in {@code docs/security.md}.
 * A route or service method without an access rule fails here, named.
 * Run with {@code -Daccess.matrix.write=true} to rewrite the document's matrix instead of comparing.
 */
class AccessMatrixViewTest extends ViewTest {

    private static final String ROOT = "org.cadreportal";
    private static final Path DOCUMENT = Path.of("docs", "security.md");
    private static final List<Class<? extends Annotation>> VIEW_RULES =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class,
                    com.vaadin.flow.server.auth.AnonymousAllowed.class);
    private static final List<Class<? extends Annotation>> METHOD_RULES =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);
    /** Rules the matrix cannot read: the house rule is JSR-250 on services, so a table can be derived. */
    private static final List<String> UNREAD_RULES = List.of(
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize",
            "org.springframework.security.access.annotation.Secured");
    /** Demo accounts that hold each role, for the navigations and calls that prove the table. */
    private static final Map<String, String> DEMO_USER = Map.of(
            "ADMIN", DemoAccounts.ADMIN, "CLERK", DemoAccounts.CLERK, "COMMITTEE", DemoAccounts.COMMITTEE,
            "DISCIPLINE", DemoAccounts.DISCIPLINE, "SUPERVISION", DemoAccounts.SUPERVISION,
            "CADRE", DemoAccounts.CADRE, "ASSESSMENT", DemoAccounts.ASSESSMENT);
    /** Routes also opened by every role allowed in: the table must not refuse what works, either. */
    private static final List<String> OPENED_WHEN_ALLOWED =
            List.of("/admin/users", "/admin/access-log", "/archive/review", "/my-notices", "/awards");

    /** The portal's view checker bean, the one the navigation guard and the menu ask (it reads named role sets). */
    @Autowired
    AccessAnnotationChecker viewChecker;
    private final Jsr250AuthorizationManager methodChecker = new Jsr250AuthorizationManager();

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteAndServiceMethodHasARuleAndTheDocumentIsCurrent() throws IOException {
        List<String> missing = new ArrayList<>();
        List<RouteRow> routes = routes(missing);
        List<MethodRow> methods = new ArrayList<>();
        serviceBeans().forEach(bean -> methods.addAll(methodRows(bean, missing)));
        assertThat(missing).as("routes and service methods without an access rule").isEmpty();
        assertThat(routes).hasSizeGreaterThan(30);
        assertThat(methods).hasSizeGreaterThan(150);

        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        String current = AccessMatrix.splice(document, new AccessMatrix(routes, methods).markdown());
        if (Boolean.getBoolean("access.matrix.write")) {
            Files.writeString(DOCUMENT, current, StandardCharsets.UTF_8);
        } else if (!current.equals(document)) {
            fail("docs/security.md's access matrix is out of date with the code's access rules. Check the change "
                    + "is meant, then regenerate it: ./mvnw verify -Dtest=AccessMatrixViewTest -Dit.test=None "
                    + "-Dfailsafe.failIfNoSpecifiedTests=false -Daccess.matrix.write=true");
        }
    }

    /** Every refused cell of the route table, navigated for real; a few routes also opened where allowed. */
    @Test
    void navigationIsRefusedWhereTheTableSaysSoAndAllowedWhereItSaysSo() {
        List<RouteRow> routes = routes(new ArrayList<>());
        int refusals = 0;
        int openings = 0;
        for (String column : AccessMatrix.COLUMNS) {
            signIn(column);
            for (RouteRow route : routes) {
                boolean allowed = allowedForDemoUser(column, route.access());
                if (allowed && !OPENED_WHEN_ALLOWED.contains(route.path())) {
                    continue;
                }
                String location = location(route);
                UI.getCurrent().navigate(location);
                Class<?> shown = org.springframework.util.ClassUtils.getUserClass(getCurrentView().getClass());
                if (allowed) {
                    assertThat(shown).as("%s opening %s", column, location).isEqualTo(route.view());
                    openings++;
                } else {
                    assertThat(shown).as("%s opening %s", column, location)
                            .isEqualTo(column.equals(AccessMatrix.ANONYMOUS) ? LoginView.class : NotFoundView.class);
                    refusals++;
                }
            }
        }
        assertThat(refusals).isGreaterThan(100);
        assertThat(openings).isGreaterThanOrEqualTo(OPENED_WHEN_ALLOWED.size());
    }

    /**
     * Each service bean carries Spring Security's method interceptor, and every refused cell of the
     * service tables, called through the bean as that role, is denied before the method runs.
     */
    @Test
    void everyRefusedServiceCallIsDeniedByTheProxy() throws Exception {
        int denials = 0;
        for (Object bean : serviceBeans()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            List<Method> guarded = publicMethods(type).stream().filter(m -> !exempt(m)).toList();
            if (guarded.isEmpty()) {
                continue;
            }
            assertThat(guardedByMethodSecurity(bean, type)).as("%s is proxied with method security", type.getName())
                    .isTrue();
            for (Method m : guarded) {
                for (String column : AccessMatrix.COLUMNS) {
                    if (decide(bean, m, column)) {
                        continue;
                    }
                    SecurityContextHolder.getContext().setAuthentication(syntheticUser(column));
                    try {
                        callableMethod(m).invoke(bean, defaultArguments(m));
                        fail("%s#%s ran for %s, which the table refuses", type.getSimpleName(), m.getName(), column);
                    } catch (InvocationTargetException e) {
                        assertThat(e.getCause()).as("%s#%s as %s", type.getSimpleName(), m.getName(), column)
                                .isInstanceOf(AccessDeniedException.class);
                        denials++;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }
            }
        }
        assertThat(denials).isGreaterThan(300);
    }

    // --- record types and the surfaces that show them -----------------------------------------------

    /**
     * Each record type's own page (the detail route, or the list for awards, which have no page of their
     * own): the roles {@link RecordAccess} lets open a type are exactly the roles Vaadin lets in there.
     */
    private static final Map<String, Class<?>> PAGE_OF_TYPE = Map.ofEntries(
            Map.entry(AccessTypes.ACCOUNT, org.cadreportal.security.ui.UserAdminView.class),
            Map.entry(AccessTypes.CADRE, org.cadreportal.cadre.ui.CadreView.class),
            Map.entry(AccessTypes.ARCHIVE_ENTRY, org.cadreportal.archive.ui.EntryView.class),
            Map.entry(AccessTypes.ADJUSTMENT_CASE, org.cadreportal.adjustment.ui.CaseView.class),
            Map.entry(AccessTypes.ACCUSATION_CASE, org.cadreportal.accusation.ui.AccusationView.class),
            Map.entry(AccessTypes.TOLERANCE_APPLICATION, org.cadreportal.tolerance.ui.ApplicationView.class),
            Map.entry(AccessTypes.DISCIPLINE_RECORD, org.cadreportal.tolerance.ui.DisciplineView.class),
            Map.entry(AccessTypes.SUPERVISION_ITEM, org.cadreportal.supervision.ui.ItemView.class),
            Map.entry(AccessTypes.AWARD, org.cadreportal.award.ui.AwardListView.class),
            Map.entry(AccessTypes.INSPECTION, org.cadreportal.inspection.ui.InspectionView.class),
            Map.entry(AccessTypes.DASHBOARD, org.cadreportal.report.ui.FigureView.class));

    @Autowired
    org.cadreportal.cadre.CadreService cadres;
    @Autowired
    org.cadreportal.report.service.DashboardService dashboard;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    CurrentUsers currentUsers;

    /**
     * Record types that are printed, not opened on a page of their own (the 干部任免审批表): the roles
     * {@link RecordAccess} names are exactly the roles of the service that prints them.
     */
    private static final Map<String, Class<?>> PRINTED_BY = Map.of(
            AccessTypes.APPOINTMENT_FORM, org.cadreportal.cadre.AppointmentForms.class);

    @Test
    void eachPrintedRecordTypeIsPrintedByExactlyTheRolesOfItsRule() {
        PRINTED_BY.forEach((type, api) -> {
            Object bean = context.getBean(api);
            for (Method m : publicMethods(AopUtils.getTargetClass(bean))) {
                if (!Arrays.asList(api.getMethods()).stream().anyMatch(a -> a.getName().equals(m.getName()))) {
                    continue;
                }
                Set<Role> roles = Arrays.stream(MergedAnnotations.from(m).get(RolesAllowed.class)
                        .getStringArray("value")).map(Role::valueOf).collect(Collectors.toSet());
                assertThat(roles).as("roles of %s#%s vs. the rule for %s", api.getSimpleName(), m.getName(), type)
                        .containsExactlyInAnyOrderElementsOf(RecordAccess.rolesFor(type));
            }
        });
    }

    /** Record types that are a part of another type's page, shown there only to some of its roles. */
    private static final Map<String, String> PART_OF_TYPE = Map.of(AccessTypes.PERSONAL, AccessTypes.CADRE);

    @Test
    void eachRecordTypeIsOpenedByExactlyTheRolesOfItsOwnPage() {
        assertThat(RecordAccess.rules().keySet()).as("record types with a rule and a page (or a printing service)")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.of(PAGE_OF_TYPE.keySet(),
                        PART_OF_TYPE.keySet(), PRINTED_BY.keySet()).flatMap(Set::stream).toList());
        PART_OF_TYPE.forEach((part, whole) -> assertThat(RecordAccess.rolesFor(whole))
                .as("who reads %s opens %s", part, whole).containsAll(RecordAccess.rolesFor(part)));
        assertThat(RecordAccess.rolesFor(AccessTypes.CADRE)).as("who prints a cadre's form opens the cadre")
                .containsAll(RecordAccess.rolesFor(AccessTypes.APPOINTMENT_FORM));
        assertThat(AccessTypes.ALL).as("every logged type but attachments (they go with their record) has a rule")
                .allMatch(t -> t.equals(AccessTypes.ATTACHMENT) || RecordAccess.rules().containsKey(t));
        List<RouteRow> routes = routes(new ArrayList<>());
        PAGE_OF_TYPE.forEach((type, view) -> {
            RouteRow page = routes.stream().filter(r -> r.view().equals(view)).findFirst().orElseThrow();
            Set<Role> byRoute = Arrays.stream(Role.values())
                    .filter(r -> Boolean.TRUE.equals(page.access().get(r.name()))).collect(Collectors.toSet());
            assertThat(RecordAccess.rolesFor(type)).as("roles that may open %s vs. the roles of %s", type, page.path())
                    .containsExactlyInAnyOrderElementsOf(byRoute);
        });
    }

    /**
     * The timeline of a cadre with a 能上能下 case, a clarified 查诬 case, a decided 容错 application and a
     * closed 督办 item: each role reads the text and link of exactly the records it may open, and of the
     * others nothing at all (not their titles, not their details). A cadre has no timeline to read.
     */
    @Test
    void theCadreTimelineShowsEachRoleOnlyTheRecordsItMayOpen() {
        signIn("ADMIN");
        Map<Long, List<TimelineEntry>> everything = new LinkedHashMap<>();
        cadresWithEveryKindOfRecord().forEach(id -> everything.put(id, cadres.timeline(id)));
        Set<String> types = everything.values().stream().flatMap(List::stream).map(e -> typeOf(e.link()))
                .collect(Collectors.toSet());
        assertThat(types).as("the demo cadres' full timelines").contains(AccessTypes.ADJUSTMENT_CASE,
                AccessTypes.ACCUSATION_CASE, AccessTypes.TOLERANCE_APPLICATION, AccessTypes.SUPERVISION_ITEM);
        for (String column : DEMO_USER.keySet()) {
            signIn(column);
            Set<Role> roles = demoRoles(column);
            if (!RecordAccess.mayOpen(AccessTypes.CADRE, roles)) {
                everything.keySet().forEach(id -> assertThatThrownBy(() -> cadres.timeline(id)).as(column)
                        .isInstanceOf(AccessDeniedException.class));
                surfaces.put(column + "|timeline", "—");
                continue;
            }
            Set<String> shown = new java.util.TreeSet<>();
            everything.forEach((cadreId, all) -> {
                List<TimelineEntry> seen = cadres.timeline(cadreId);
                for (TimelineEntry e : seen) {
                    if (e.link() == null) {
                        assertThat(e.title()).as("%s: a withheld entry has no title", column).isNull();
                        assertThat(e.detail()).as("%s: a withheld entry has no detail", column).isNull();
                    } else {
                        assertThat(RecordAccess.mayOpen(typeOf(e.link()), roles))
                                .as("%s reads %s on the timeline", column, e.link()).isTrue();
                        assertThat(allowedForDemoUser(column, routeOf(e.link()).access()))
                                .as("%s is linked to %s", column, e.link()).isTrue();
                        shown.add(typeOf(e.link()));
                    }
                }
                String text = seen.stream().map(e -> e.title() + " " + e.detail() + " " + e.link())
                        .collect(Collectors.joining("\n"));
                for (TimelineEntry e : all) {
                    boolean may = RecordAccess.mayOpen(typeOf(e.link()), roles);
                    assertThat(seen.stream().anyMatch(s -> e.link().equals(s.link())))
                            .as("%s sees %s on the timeline", column, e.link()).isEqualTo(may);
                    if (!may) {
                        assertThat(text).as("%s reads the text of %s", column, e.link())
                                .doesNotContain(e.detail()).doesNotContain(e.link());
                    }
                }
            });
            surfaces.put(column + "|timeline", String.join(", ", shown));
        }
    }

    /** Every record behind every dashboard figure a role is shown is one that role may open. */
    @Test
    void theDashboardDrillDownsListOnlyRecordsTheRoleMayOpen() {
        java.time.LocalDate from = java.time.LocalDate.of(2000, 1, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2100, 12, 31);
        int checked = 0;
        for (String column : DEMO_USER.keySet()) {
            signIn(column);
            Set<Role> roles = demoRoles(column);
            if (!RecordAccess.mayOpen(AccessTypes.DASHBOARD, roles)) {
                assertThatThrownBy(() -> dashboard.definitions()).as(column).isInstanceOf(AccessDeniedException.class);
                surfaces.put(column + "|dashboard", "—");
                continue;
            }
            Set<String> listed = new java.util.TreeSet<>();
            for (var d : dashboard.definitions()) {
                for (var r : dashboard.records(d.key(), from, to, null,
                        org.springframework.data.domain.PageRequest.of(0, 20))) {
                    if (r.link().startsWith("assessment")) {
                        // 政绩考核 results are no logged record type: their pages are guarded by AssessmentReaders.
                        String link = r.link();
                        routeOf("assessment");
                        RouteRow route = routeCache.stream().filter(x -> ("/" + link).replaceAll("/[0-9]+", "/0")
                                .equals(x.path().replaceAll(":[A-Za-z]+", "0"))).findFirst().orElseThrow(
                                () -> new AssertionError("No route opens " + link));
                        assertThat(allowedForDemoUser(column, route.access()))
                                .as("%s is linked to %s", column, link).isTrue();
                        checked++;
                        continue;
                    }
                    String type = typeOf(r.link());
                    assertThat(RecordAccess.mayOpen(type, roles)).as("%s drills %s down to %s", column, d.key(),
                            r.link()).isTrue();
                    assertThat(allowedForDemoUser(column, routeOf(r.link()).access()))
                            .as("%s is linked to %s", column, r.link()).isTrue();
                    listed.add(type);
                    checked++;
                }
            }
            surfaces.put(column + "|dashboard", String.join(", ", listed));
        }
        assertThat(checked).isGreaterThan(50);
    }

    /** The morning digest's lines for a role name only work on records it may open, and link to pages it may open. */
    @Test
    void theDigestsWaitingWorkNamesNothingTheRoleMayNotOpen() {
        Map<String, org.cadreportal.notification.WaitingWork> sources =
                context.getBeansOfType(org.cadreportal.notification.WaitingWork.class);
        for (String column : DEMO_USER.keySet()) {
            signIn(column);
            Set<Role> roles = demoRoles(column);
            List<String> lines = new ArrayList<>();
            for (var source : sources.values()) {
                List<org.cadreportal.notification.WaitingWork.WaitingLine> found;
                try {
                    found = source.waitingFor(currentUsers.require());
                } catch (AccessDeniedException e) {
                    found = List.of();
                }
                for (var line : found) {
                    assertThat(allowedForDemoUser(column, routeOf(line.link()).access()))
                            .as("%s's digest links to %s", column, line.link()).isTrue();
                    String type = DIGEST_TYPES.get(line.label());
                    assertThat(type).as("the record type of the digest line %s", line.label()).isNotNull();
                    assertThat(RecordAccess.mayOpen(type, roles)).as("%s is told of %s", column, line.label()).isTrue();
                    lines.add(line.label());
                }
            }
            surfaces.put(column + "|digest", lines.isEmpty() ? "—" : String.join(", ", lines));
        }
    }

    /** The records a digest line counts (several lines link to 我的待办, each to its own section there). */
    private static final Map<String, String> DIGEST_TYPES = Map.of(
            "digest.line.adjustment", AccessTypes.ADJUSTMENT_CASE, "digest.line.votes", AccessTypes.ADJUSTMENT_CASE,
            "digest.line.accusation", AccessTypes.ACCUSATION_CASE, "digest.line.tolerance",
            AccessTypes.TOLERANCE_APPLICATION, "digest.line.archiveReview", AccessTypes.ARCHIVE_ENTRY,
            "digest.line.supervisionDraft", AccessTypes.SUPERVISION_ITEM, "digest.line.supervisionRed",
            AccessTypes.SUPERVISION_ITEM);

    /** What each role reads on each surface, printed for the security document. */
    private static final Map<String, String> surfaces = new java.util.concurrent.ConcurrentHashMap<>();

    @org.junit.jupiter.api.AfterAll
    static void printSurfaces() {
        if (!surfaces.isEmpty()) {
            System.out.println(AccessMatrix.surfaceTable(surfaces));
        }
    }

    /**
     * Demo cadres whose timelines hold, between them, a 能上能下 case, a clarified 查诬 case, a decided 容错
     * application and a closed 督办 item (the demo data has no one cadre with all four), the one with
     * the most kinds first.
     */
    private List<Long> cadresWithEveryKindOfRecord() {
        List<String> kinds = List.of(
                "exists (select 1 from adjustment_cases a where a.cadre_id = c.id)",
                "exists (select 1 from clarifications k where k.cadre_id = c.id)",
                "exists (select 1 from tolerance_applications t where t.cadre_id = c.id and t.outcome is not null)",
                "exists (select 1 from supervision_item_cadres s join supervision_items i on i.id = s.item_id"
                        + " where s.cadre_id = c.id and i.status = 'CLOSED')");
        String score = kinds.stream().map(k -> "(case when " + k + " then 1 else 0 end)")
                .collect(Collectors.joining(" + "));
        List<Long> chosen = new ArrayList<>();
        for (String kind : kinds) {
            chosen.add(jdbc.queryForObject("select c.id from cadres c where " + kind + " order by " + score
                    + " desc, c.id limit 1", Long.class));
        }
        return chosen.stream().distinct().toList();
    }

    /** The record type of a portal link: the type whose own page the link opens. */
    private String typeOf(String link) {
        Class<?> view = routeOf(link).view();
        return PAGE_OF_TYPE.entrySet().stream().filter(e -> e.getValue().equals(view)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("The link " + link + " opens no record type's page"));
    }

    /**
     * The route a link opens: its path (without the query, which only presets filters), or its path less the
     * last segment for a route with a parameter.
     */
    private RouteRow routeOf(String link) {
        String path = "/" + (link.contains("?") ? link.substring(0, link.indexOf('?')) : link);
        if (routeCache == null) {
            routeCache = routes(new ArrayList<>());
        }
        return routeCache.stream()
                .filter(r -> r.path().equals(path) || (r.path().endsWith("/{param}")
                        && path.startsWith(r.path().substring(0, r.path().length() - "{param}".length()))
                        && path.indexOf('/', r.path().length() - "{param}".length()) < 0))
                .findFirst().orElseThrow(() -> new AssertionError("No route opens " + link));
    }

    private List<RouteRow> routeCache;

    private Set<Role> demoRoles(String column) {
        return accounts.loadUserByUsername(DEMO_USER.get(column)).getAuthorities().stream()
                .map(a -> Role.valueOf(a.getAuthority().replaceFirst("^ROLE_", ""))).collect(Collectors.toSet());
    }

    // --- routes -------------------------------------------------------------------------------------

    private List<RouteRow> routes(List<String> missing) {
        List<Class<?>> layouts = scan(Layout.class);
        List<RouteRow> rows = new ArrayList<>();
        for (Class<?> view : scan(Route.class)) {
            Route route = view.getAnnotation(Route.class);
            List<Class<?>> guards = new ArrayList<>(List.of(view));
            guards.addAll(layoutsOf(route, layouts));
            guards.stream().filter(g -> !hasAny(viewChecker.getSecurityTarget(g), VIEW_RULES))
                    .forEach(g -> missing.add("route " + route.value() + ": " + g.getName()
                            + " has no @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll"));
            Map<String, Boolean> access = new LinkedHashMap<>();
            for (String column : AccessMatrix.COLUMNS) {
                boolean anonymous = column.equals(AccessMatrix.ANONYMOUS);
                Principal principal = anonymous ? null : () -> "matrix-" + column;
                Function<String, Boolean> hasRole = role -> !anonymous && role.equals(column);
                access.put(column, guards.stream().allMatch(g -> viewChecker.hasAccess(g, principal, hasRole)));
            }
            rows.add(new RouteRow(displayedPath(route, view), view, access));
        }
        return rows;
    }

    /** The route's path as a user types it; a parameter shows as {@code {param}}. */
    private static String displayedPath(Route route, Class<?> view) {
        String path = "/" + route.value();
        return HasUrlParameter.class.isAssignableFrom(view) ? path + "/{param}" : path;
    }

    /** The path without the parameter's placeholder, with {@code 1} as the parameter (refused before it is read). */
    private static String location(RouteRow route) {
        return route.path().substring(1).replace("{param}", "1");
    }

    /** The layouts a route is shown in: its explicit layout, or the automatic {@link Layout} for its path. */
    private static List<Class<?>> layoutsOf(Route route, List<Class<?>> layouts) {
        List<Class<?>> chain = new ArrayList<>();
        Class<?> layout = null;
        if (route.layout() != UI.class) {
            layout = route.layout();
        } else if (route.autoLayout()) {
            layout = layouts.stream()
                    .filter(l -> ("/" + route.value()).startsWith(l.getAnnotation(Layout.class).value()))
                    .max((a, b) -> a.getAnnotation(Layout.class).value().length()
                            - b.getAnnotation(Layout.class).value().length())
                    .orElse(null);
        }
        while (layout != null) {
            chain.add(layout);
            ParentLayout parent = layout.getAnnotation(ParentLayout.class);
            layout = parent == null ? null : parent.value();
        }
        return chain;
    }

    private void signIn(String column) {
        SecurityContextHolder.clearContext();
        if (column.equals(AccessMatrix.ANONYMOUS)) {
            return;
        }
        UserDetails user = accounts.loadUserByUsername(DEMO_USER.get(column));
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    /** A demo account may hold more than one role: it is let in when any of them is. */
    private boolean allowedForDemoUser(String column, Map<String, Boolean> access) {
        if (column.equals(AccessMatrix.ANONYMOUS)) {
            return access.get(column);
        }
        return accounts.loadUserByUsername(DEMO_USER.get(column)).getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .anyMatch(role -> Boolean.TRUE.equals(access.get(role)));
    }

    // --- services -----------------------------------------------------------------------------------

    /**
     * Beans in a {@code service} package that another package can reach: those implementing one of the
     * portal's interfaces (a feature's API or an SPI such as FigureSource) and public classes. Package-private
     * helpers without an interface (AccusationViews, CasePdf…) cannot be called from a view at all.
     */
    private List<Object> serviceBeans() {
        List<Object> beans = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = org.springframework.util.ClassUtils.getUserClass(type);
            boolean inService = user.getPackageName().startsWith(ROOT + ".")
                    && Arrays.asList(user.getPackageName().split("\\.")).contains("service");
            boolean stereotype = user.isAnnotationPresent(Service.class) || user.isAnnotationPresent(Component.class);
            boolean reachable = Modifier.isPublic(user.getModifiers())
                    || org.springframework.util.ClassUtils.getAllInterfacesForClassAsSet(user).stream()
                            .anyMatch(i -> i.getPackageName().startsWith(ROOT + "."));
            if (inService && stereotype && reachable) {
                beans.add(context.getBean(name));
            }
        }
        return beans;
    }

    private List<MethodRow> methodRows(Object bean, List<String> missing) {
        Class<?> type = AopUtils.getTargetClass(bean);
        List<MethodRow> rows = new ArrayList<>();
        List<Method> methods = publicMethods(type);
        for (Method m : methods) {
            if (exempt(m)) {
                continue;
            }
            String label = label(type, m, methods);
            Optional<String> unread = UNREAD_RULES.stream().filter(a -> annotated(m, a) || annotated(type, a))
                    .findFirst();
            if (unread.isPresent()) {
                missing.add(label + " uses @" + unread.get().substring(unread.get().lastIndexOf('.') + 1)
                        + ": the matrix reads JSR-250 rules only (@RolesAllowed, @PermitAll, @DenyAll)");
            } else if (!hasAny(m, METHOD_RULES) && !hasAny(type, METHOD_RULES)) {
                missing.add(label + " (" + type.getName() + ") has no @RolesAllowed, @PermitAll or @DenyAll");
            }
            Map<String, Boolean> access = new LinkedHashMap<>();
            AccessMatrix.COLUMNS.forEach(c -> access.put(c, decide(bean, m, c)));
            rows.add(new MethodRow(feature(type), label, access));
        }
        return rows;
    }

    private boolean decide(Object bean, Method m, String column) {
        Authentication who = syntheticUser(column);
        AuthorizationResult result = methodChecker.authorize(() -> who,
                new SimpleMethodInvocation(AopTestUtils.getUltimateTargetObject(bean), m));
        return result != null && result.isGranted();
    }

    /**
     * Methods no user calls: the scheduler and the event bus run them, outside any request. Their work
     * goes through guarded services or runs as {@link SystemActor}.
     */
    private static boolean exempt(Method m) {
        MergedAnnotations annotations = MergedAnnotations.from(m);
        return annotations.isPresent(Scheduled.class) || annotations.isPresent(EventListener.class);
    }

    /**
     * The bean's public methods: its own and those it inherits from a portal base class (a
     * {@code report.TableFigureSource}'s {@code available}, say), each once, the most specific.
     */
    private static List<Method> publicMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getPackageName().startsWith(ROOT + "."); c = c.getSuperclass()) {
            Arrays.stream(c.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .filter(m -> methods.stream().noneMatch(o -> o.getName().equals(m.getName())
                            && Arrays.equals(o.getParameterTypes(), m.getParameterTypes())))
                    .forEach(methods::add);
        }
        return methods;
    }

    /**
     * {@code Api#method} where one bean is the interface; {@code Impl#method (Spi)} where several beans
     * implement it (FigureSource, TimelineSource, WaitingWork…), and {@code Class#method} without one.
     */
    private String label(Class<?> type, Method m, List<Method> all) {
        Optional<Class<?>> api = apiOf(type, m);
        boolean sole = api.map(i -> context.getBeanNamesForType(i).length == 1).orElse(false);
        String owner = sole ? api.get().getSimpleName() : type.getSimpleName();
        String spi = api.filter(i -> !sole).map(i -> " (" + i.getSimpleName() + ")").orElse("");
        boolean overloaded = all.stream().filter(o -> o.getName().equals(m.getName())).count() > 1;
        String parameters = overloaded ? "(" + String.join(", ", Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).toList()) + ")" : "";
        return owner + "#" + m.getName() + parameters + spi;
    }

    private static Optional<Class<?>> apiOf(Class<?> type, Method m) {
        return Arrays.stream(org.springframework.util.ClassUtils.getAllInterfacesForClass(type))
                .filter(i -> i.getPackageName().startsWith(ROOT + "."))
                .filter(i -> interfaceMethod(i, m).isPresent()).findFirst();
    }

    private static Optional<Method> interfaceMethod(Class<?> api, Method m) {
        try {
            return Optional.of(api.getMethod(m.getName(), m.getParameterTypes()));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** The interface's method where there is one (public), else the class's own, made callable. */
    private static Method callableMethod(Method m) {
        Optional<Method> api = Optional.empty();
        for (Class<?> i : m.getDeclaringClass().getInterfaces()) {
            api = api.or(() -> interfaceMethod(i, m));
        }
        Method callable = api.orElse(m);
        callable.setAccessible(true);
        return callable;
    }

    private static Object[] defaultArguments(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(AccessMatrixViewTest::defaultValue).toArray();
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    private static boolean guardedByMethodSecurity(Object bean, Class<?> type) {
        if (!AopUtils.isAopProxy(bean) || !(bean instanceof Advised advised)) {
            return false;
        }
        for (Advisor advisor : advised.getAdvisors()) {
            // Spring Security registers its interceptors wrapped (and deferred); the advice names them.
            boolean authorization = advisor instanceof AuthorizationAdvisor
                    || advisor.getAdvice() instanceof AuthorizationAdvisor;
            if (authorization && AopUtils.canApply(advisor, type)) {
                return true;
            }
        }
        return false;
    }

    private static Authentication syntheticUser(String column) {
        if (column.equals(AccessMatrix.ANONYMOUS)) {
            return new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        return UsernamePasswordAuthenticationToken.authenticated("matrix-" + column, null,
                AuthorityUtils.createAuthorityList(Role.valueOf(column).authority()));
    }

    // --- shared -------------------------------------------------------------------------------------

    /** The part of the portal: the package right under {@code org.cadreportal}. */
    private static String feature(Class<?> type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static List<Class<?>> scan(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents(ROOT).stream().<Class<?>>map(d -> {
            try {
                return Class.forName(d.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A rule written directly or through a named role set (an annotation annotated with it). */
    private static boolean hasAny(AnnotatedElement element, List<Class<? extends Annotation>> rules) {
        MergedAnnotations annotations = MergedAnnotations.from(element, MergedAnnotations.SearchStrategy.INHERITED_ANNOTATIONS);
        return rules.stream().anyMatch(annotations::isPresent);
    }

    private static boolean annotated(AnnotatedElement element, String annotation) {
        return Arrays.stream(element.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals(annotation));
    }
}
