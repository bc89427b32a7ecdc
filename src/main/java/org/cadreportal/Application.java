package org.cadreportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Cadre Portal: one deployable. Styles come through {@code @StyleSheet} only, so Vaadin serves its
 * pre-built bundle and no Node build ever runs. Server push ({@code @Push}, WebSocket with an XHR fallback)
 * lets an open page follow others' changes as they happen, e.g. a 讨论决定's votes on every member's page.
 */
@SpringBootApplication
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
