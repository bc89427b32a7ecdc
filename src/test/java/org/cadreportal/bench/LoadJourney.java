package org.cadreportal.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Timing;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One simulated user in a browser context of its own: sign in, then a few rounds of archive grid → filter
 * → scroll twice → cadre list → a cadre → case list → a case, with a think time after each step.
 *
 * <p>Playwright Java must be driven from one thread, so a journey never blocks: {@link #tick} either starts
 * the next step (a click, a fill: a few milliseconds) or checks whether the running one is done, and the
 * benchmark's single driver thread ticks every user in turn. The browser meanwhile has all users'
 * requests in flight at once, which is what the server sees.
 */
final class LoadJourney {

    /** A browser-measured request: its kind (page, init, uidl) and milliseconds from start to last byte. */
    record Trip(String kind, double millis) {
    }

    /** What a step does, and when its answer has arrived. */
    private record Step(String name, Consumer<Page> act, Predicate<Page> done, boolean needsTrip) {
    }

    static final long STEP_TIMEOUT_NANOS = 90_000_000_000L;
    /**
     * Each check wakes the page's renderer (at 50 ms, 50 users' checks alone kept both cores busy). The
     * round trips are timed by Chromium, not by these checks, so a coarse check costs no precision.
     */
    private static final long POLL_NANOS = 500_000_000L;
    /** Vaadin has no request in flight or queued: the same test TestBench uses to wait for the server. */
    private static final String IDLE = "(() => { const f = window.Vaadin && window.Vaadin.Flow;"
            + " if (!f || !f.clients) return false;"
            + " return Object.values(f.clients).every(c => !c.isActive || !c.isActive()); })()";

    /** What a step that never finished was waiting for. */
    private static final String STATE = "(() => { const f = window.Vaadin && window.Vaadin.Flow;"
            + " const grid = document.querySelector('vaadin-grid');"
            + " return location.pathname + ' clients=' + (f && f.clients ? Object.entries(f.clients)"
            + ".map(([k, c]) => k + ':' + (c.isActive ? c.isActive() : '-')).join(',') : 'none')"
            + " + ' grid=' + (grid ? grid.id + (grid.loading ? ' loading' : ' loaded') : 'none'); })()";

    private final int number;
    private final String username;
    private final String password;
    private final String baseUrl;
    private final Random random;
    private final long thinkMinNanos;
    private final long thinkSpreadNanos;
    private final List<Trip> trips;
    private final List<Step> steps = new ArrayList<>();
    private final Browser browser;

    private BrowserContext context;
    private Page page;
    private int step;
    private boolean acting = true;
    private long nextAt;
    private long deadline;
    private long settleAt;
    private int tripsSeen;
    private int tripsAtStep;
    private int failedRequests;
    private String failure;

    LoadJourney(Browser browser, int number, String username, String password, String baseUrl, int rounds, long startAt,
            long thinkMinMillis, long thinkMaxMillis, List<Trip> trips) {
        this.browser = browser;
        this.number = number;
        this.username = username;
        this.password = password;
        this.baseUrl = baseUrl;
        this.random = new Random(number);
        this.thinkMinNanos = thinkMinMillis * 1_000_000L;
        this.thinkSpreadNanos = Math.max(1, (thinkMaxMillis - thinkMinMillis) * 1_000_000L);
        this.trips = trips;
        this.nextAt = startAt;
        plan(rounds);
    }

    private void plan(int rounds) {
        steps.add(new Step("login page", p -> p.navigate(baseUrl + "login",
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT)),
                p -> p.locator("vaadin-login-form input[name='password']").count() > 0 && idle(p), true));
        steps.add(new Step("sign in", p -> {
            p.locator("vaadin-login-form input[name='username']").fill(username);
            p.locator("vaadin-login-form input[name='password']").fill(password);
            p.locator("vaadin-login-form vaadin-button").first().click();
        }, p -> ready(p, "document.querySelector('#current-user') !== null"), true));
        // Odd users look at 查诬 cases, even ones at 能上能下 cases.
        boolean accusations = number % 2 == 1;
        String caseList = accusations ? "accusations" : "adjustments";
        String caseGrid = accusations ? "#accusation-grid" : "#case-grid";
        for (int round = 0; round < rounds; round++) {
            steps.add(new Step("archive grid", p -> menu(p, "archive"),
                    p -> ready(p, gridReady("#archive-grid") + " && document.querySelector('#archive-total').textContent"
                            + ".length > 0"), true));
            steps.add(new Step("filter", p -> {
                Locator select = p.locator("#archive-field-filter");
                select.click();
                Locator options = select.getByRole(AriaRole.OPTION);
                // Option 0 is "all fields"; any of the real fields.
                options.nth(1 + random.nextInt(Math.max(1, options.count() - 1))).click();
            }, p -> ready(p, gridReady("#archive-grid")), true));
            steps.add(new Step("scroll", p -> scroll(p, 0.5), p -> ready(p, gridReady("#archive-grid")), false));
            steps.add(new Step("scroll further", p -> scroll(p, 0.95), p -> ready(p, gridReady("#archive-grid")),
                    false));
            steps.add(new Step("cadre list", p -> menu(p, "cadres"), p -> ready(p, gridReady("#cadre-grid")
                    + " && document.querySelector('#cadre-grid').size > 0"), true));
            steps.add(new Step("cadre", p -> clickRow(p, "#cadre-grid"),
                    p -> ready(p, "document.querySelector('#cadre-tabs') !== null"), true));
            steps.add(new Step("case list", p -> menu(p, caseList), p -> ready(p, gridReady(caseGrid)
                    + " && document.querySelector('" + caseGrid + "').size > 0"), true));
            steps.add(new Step("case", p -> clickRow(p, caseGrid),
                    p -> ready(p, "document.querySelector('#case-status') !== null"), true));
        }
    }

    /** Its own context, as a separate person's browser: own cookies, own session, own cache. */
    private void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
        context.onRequestFinished(this::finished);
        context.onRequestFailed(r -> {
            if (kind(r) != null) {
                failedRequests++;
            }
        });
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    private void finished(Request request) {
        String kind = kind(request);
        if (kind == null) {
            return;
        }
        tripsSeen++;
        Timing timing = request.timing();
        if (timing != null && timing.responseEnd >= 0) {
            trips.add(new Trip(kind, timing.responseEnd));
        }
    }

    /** The same kinds as the server's {@link LoadProbe}: documents, Vaadin's init and UIDL requests. */
    private static String kind(Request request) {
        String url = request.url();
        if (url.contains("v-r=uidl")) {
            return "uidl";
        }
        if (url.contains("v-r=init")) {
            return "init";
        }
        return "document".equals(request.resourceType()) ? "page" : null;
    }

    /** Does the next bit of work if it is due; false once the journey is over (done or failed). */
    boolean tick(long now) {
        if (finished() || now < nextAt) {
            return !finished();
        }
        Step current = steps.get(step);
        try {
            if (page == null) {
                open();
            }
            if (acting) {
                tripsAtStep = tripsSeen;
                current.act().accept(page);
                acting = false;
                deadline = now + STEP_TIMEOUT_NANOS;
                // Scrolling may or may not need the server (the grid debounces its page requests): such a
                // step is done once nothing has been loading for a moment.
                settleAt = now + 300_000_000L;
                nextAt = System.nanoTime() + POLL_NANOS;
            } else if (current.done().test(page) && (current.needsTrip() ? tripsSeen > tripsAtStep : now >= settleAt)) {
                // The test first: Playwright hands over the browser's events (and so the round trips) only
                // while a call is running.
                step++;
                acting = true;
                nextAt = now + thinkMinNanos + (long) (random.nextDouble() * thinkSpreadNanos);
            } else if (now > deadline) {
                failure = "step '" + current.name() + "' not done after " + STEP_TIMEOUT_NANOS / 1_000_000_000 + " s ("
                        + (tripsSeen - tripsAtStep) + " round trips since it began; at " + page.evaluate(STATE) + ")";
            } else {
                nextAt = now + POLL_NANOS;
            }
        } catch (RuntimeException e) {
            failure = "step '" + current.name() + "': " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        return !finished();
    }

    boolean started() {
        return page != null;
    }

    /** Gives up before the user has started (the benchmark ran out of something). */
    void abort(String why) {
        failure = why;
    }

    long nextAt() {
        return nextAt;
    }

    boolean finished() {
        return failure != null || step == steps.size();
    }

    String failure() {
        return failure;
    }

    String username() {
        return username;
    }

    int failedRequests() {
        return failedRequests;
    }

    Page page() {
        return page;
    }

    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static void menu(Page page, String path) {
        page.locator("vaadin-side-nav-item[path='" + path + "'], vaadin-side-nav-item[path='/" + path + "']").first()
                .click();
    }

    /** Scrolls to a share of the rows, which makes the grid ask the server for pages it has not loaded. */
    private static void scroll(Page page, double share) {
        page.locator("#archive-grid").evaluate("(g, s) => g.scrollToIndex(Math.floor(g.size * s))", share);
    }

    /** A click on one of the first rows the grid shows (their cells are slotted in from the light DOM). */
    private void clickRow(Page page, String grid) {
        int row = random.nextInt(5);
        String slot = (String) page.locator(grid).evaluate("(g, r) => { const rows = [...g.shadowRoot"
                + ".querySelectorAll('#items tr')].filter(tr => !tr.hidden);"
                + " const tr = rows[Math.min(r, rows.length - 1)];"
                + " return tr.querySelector('td slot').name; }", row);
        page.locator(grid + " > vaadin-grid-cell-content[slot='" + slot + "']").click();
    }

    private static String gridReady(String grid) {
        return "(document.querySelector('" + grid + "') !== null && !document.querySelector('" + grid + "').loading)";
    }

    private static boolean ready(Page page, String condition) {
        return Boolean.TRUE.equals(page.evaluate("(" + condition + ") && " + IDLE));
    }

    private static boolean idle(Page page) {
        return Boolean.TRUE.equals(page.evaluate(IDLE));
    }
}
