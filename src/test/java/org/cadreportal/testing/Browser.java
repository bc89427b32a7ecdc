package org.cadreportal.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright: never a downloaded browser. One browser for the whole test JVM
 * ({@link #shared()}), started by the first browser test and stopped when the JVM ends; every test works in
 * contexts of its own, which {@link #closeContexts()} closes after each test class.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Browser shared;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    /** The test JVM's browser: launching Chromium (and Playwright's driver) once saves seconds per test class. */
    public static synchronized Browser shared() {
        if (shared == null) {
            Browser started = new Browser();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "browser-shutdown"));
            shared = started;
        }
        return shared;
    }

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Environment.CHROMIUM).setHeadless(true).setArgs(FLAGS));
    }

    /** A fresh context (its own cookies and session) at a 1366×768 laptop's size, in Chinese. */
    public Page newPage() {
        Page page = browser.newContext(new NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** A fresh page that has signed in through the login form (check the outcome in the test). */
    public Page login(String baseUrl, String username, String password) {
        Page page = newPage();
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        return page;
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Closes every context (cookies, sessions, pages) the tests opened, leaving the browser running. */
    public void closeContexts() {
        List.copyOf(browser.contexts()).forEach(com.microsoft.playwright.BrowserContext::close);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
