package org.cadreportal.base.ui;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Vaadin writes the first page's state (the eager first-page load {@link PortalServiceInit} turns on) into an
 * inline {@code <script initial>} as raw JSON, and does not escape it for HTML. A text a user saved that holds
 * {@code </script>} then ends that script early, and what follows is read as HTML: a cadre's entry would run
 * script for the clerk who opens it by a link or reloads the page. Every {@code <} in that script is written as
 * the escape {@code \u003c}: in JSON a {@code <} stands only inside strings, where the escape reads the same.
 */
final class InitialStateEscape implements IndexHtmlRequestListener {

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        escape(response.getDocument());
    }

    static void escape(Document page) {
        for (Element script : page.select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(data.getWholeData().replace("<", "\\u003c"));
            }
        }
    }
}
