package org.cadreportal.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that drive the running portal in headless Chromium: one browser for all of them, a fresh
 * context (own cookies and session) per page, and no context outlives its test class.
 */
@RequiresChromium
public abstract class BrowserTest extends LiveTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.shared();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.closeContexts();
            browser = null;
        }
    }
}
