package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * A plan's rules: points per supervision event and their cap, the grade shares and the 较差 line, and the minimum
 * share scored from statistics. The 考核办 changes them while the plan is a draft; a stale save is refused.
 */
@Route("assessment/:planId/rules")
@AssessmentReaders
public class PlanRulesView extends PlanPage {

    private final CurrentUsers users;

    public PlanRulesView(PlanService plans, CurrentUsers users) {
        super(plans);
        this.users = users;
    }

    /** Builds the page from the plan as last read (again after a save, for the new version). */
    @Override
    protected void build() {
        removeAll();
        RulesFields rules = new RulesFields();
        rules.setId("plan-rules");
        rules.read(details.plan().rules());
        Button save = new Button(getTranslation("action.save"), e -> save(rules));
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        PlanHeader header = new PlanHeader(details, users, PlanHeader.Page.RULES, save);
        rules.setReadOnly(!header.editable());
        add(header, new Paragraph(getTranslation("assessment.rules.help")), rules);
    }

    private void save(RulesFields rules) {
        PlanRules typed = rules.value();
        if (typed == null) {
            return;
        }
        FieldErrors.attempt(rules.fields(), () -> plans.updateRules(details.plan().id(), details.plan().version(), typed))
                .ifPresent(row -> {
                    Notices.success("notice.saved");
                    reload();
                });
    }
}
