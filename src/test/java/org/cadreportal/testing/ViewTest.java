package org.cadreportal.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.cadreportal.base.ui.PortalLocales;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every browserless view test: the portal's Spring context on in-memory H2 with the demo
 * data, and a Vaadin UI without a browser. One configuration, one shared context.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ViewTest extends SpringBrowserlessTest {

    /** The portal's default language, as a new session gets it (the browser's language is ignored). */
    @BeforeEach
    void chinese() {
        UI.getCurrent().setLocale(PortalLocales.CHINESE);
    }
}
