package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Two places where Vaadin's web components break ARIA rules that screen readers and GB/T 37668 audits
 * (axe-core, WCAG 2.1) hold them to, corrected in the browser once the component has rendered.
 */
public final class AriaFixes {

    private AriaFixes() {
    }

    /**
     * {@code vaadin-tabs} keeps a scroller {@code div tabindex="-1"} between the tablist and its tabs: a
     * focusable child that is no tab (aria-required-children, critical). The scroller never takes focus (the
     * tabs do), so its tabindex is dropped.
     */
    public static <T extends Component> T tabs(T tabs) {
        tabs.getElement().executeJs("""
                const t = this;
                customElements.whenDefined(t.localName).then(() => t.updateComplete).then(() => {
                  const scroller = t.shadowRoot && t.shadowRoot.getElementById('scroll');
                  if (scroller) { scroller.removeAttribute('tabindex'); }
                });""");
        return tabs;
    }

    /**
     * A required {@code vaadin-select} puts {@code aria-required} on its value button (role button), a
     * required {@code vaadin-checkbox-group} on itself (role group): neither role allows it (aria-allowed-attr,
     * critical). It is removed whenever set; the visible required mark and the server's check stay.
     */
    public static <T extends Component> T requiredMark(T field) {
        field.getElement().executeJs("""
                const f = this;
                const strip = () => {
                  if (f.getAttribute('role') === 'group') { f.removeAttribute('aria-required'); }
                  f.querySelectorAll('[role=button][aria-required]').forEach(b => b.removeAttribute('aria-required'));
                };
                strip();
                new MutationObserver(strip).observe(f, {subtree: true, childList: true, attributes: true,
                    attributeFilter: ['aria-required']});""");
        return field;
    }
}
