package org.cadreportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A saved text that closes a script stays inside the first page's state, and reads the same there. */
class InitialStateEscapeTest {

    private static final String SAVED = "</script><img src=x onerror=alert(1)><!-- 报送";

    private static Document page() {
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        Element state = page.head().appendElement("script").attr("initial", "");
        state.appendChild(new org.jsoup.nodes.DataNode(
                "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= {\"text\":\"" + SAVED + "\"};"));
        return page;
    }

    @Test
    void unescapedTheTextEndsTheScriptAndItsMarkupBecomesAnElement() {
        Document sent = Jsoup.parse(page().html());
        assertThat(sent.select("img")).as("what the browser got before the fix").hasSize(1);
    }

    @Test
    void escapedTheWholeStateStaysOneScriptAndNoMarkupComesOfIt() {
        Document page = page();
        InitialStateEscape.escape(page);
        Document sent = Jsoup.parse(page.html());
        assertThat(sent.select("img")).isEmpty();
        assertThat(sent.select("script")).hasSize(1);
        String script = sent.selectFirst("script[initial]").data();
        assertThat(script).doesNotContain("<").endsWith("\"};");
        // \u003c is JSON's own escape of '<': the client reads the text exactly as it was saved.
        assertThat(script.replace("\\u003c", "<")).contains(SAVED);
    }
}
