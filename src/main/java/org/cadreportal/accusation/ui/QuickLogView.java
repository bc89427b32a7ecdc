package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.QuickLogForm;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.AppRoles;

/**
 * 澄清快速登记: a clarification case concluded outside the portal, entered in one go by a clerk: the report
 * as at intake, a finding per allegation (beside the three distinctions), the referral when any finding
 * is 诬告陷害, and the clarification given. The service checks it by the rules of the full procedure.
 */
@Route("accusation/quick")
@RolesAllowed(AppRoles.CLERK)
@Menu(title = "menu.accusationQuick", order = 26, icon = "vaadin:edit")
public class QuickLogView extends Div implements HasDynamicTitle {

    private final DatePicker foundOn = new DatePicker();
    private final TextField referredTo = new TextField();
    private final DatePicker referredOn = new DatePicker();
    private final Div referral = new Div();
    private final IntakeFields intake;

    public QuickLogView(AccusationService cases, CadreService cadres, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        addClassNames("portal-page", "portal-case");
        add(new ViewToolbar(getTranslation("accusation.quick.title"), AccusationListView.backLink()));
        Paragraph intro = new Paragraph(getTranslation("accusation.quick.intro"));
        intro.addClassName("portal-hint");

        intake = new IntakeFields(cadres, today, key -> {
            FindingInput finding = new FindingInput(key);
            finding.onFindingChange(this::showReferral);
            return finding;
        });
        intake.onRowsChanged(this::showReferral);

        foundOn.setLabel(getTranslation("accusation.field.foundOn"));
        foundOn.setId("quick-foundOn");
        foundOn.setMax(today);
        foundOn.setRequiredIndicatorVisible(true);
        referredTo.setLabel(getTranslation("accusation.field.referredTo"));
        referredTo.setId("quick-referredTo");
        referredTo.setMaxLength(100);
        referredTo.setRequired(true);
        referredTo.setPlaceholder(getTranslation("accusation.handling.referredToHint"));
        referredTo.setWidth("18em");
        referredOn.setLabel(getTranslation("accusation.field.referredOn"));
        referredOn.setId("quick-referredOn");
        referredOn.setMax(today);
        referredOn.setRequiredIndicatorVisible(true);
        Paragraph referralHint = new Paragraph(getTranslation("accusation.quick.referralHint"));
        referralHint.addClassName("portal-text-danger");
        Div referralLine = new Div(referredTo, referredOn);
        referralLine.addClassName("portal-inline-form");
        referral.add(referralHint, referralLine);
        referral.setId("quick-referral");
        Div finding = new Div(foundOn);
        finding.addClassName("portal-inline-form");

        ClarificationFields clarification = new ClarificationFields("quick-");

        Button save = new Button(getTranslation("accusation.quick.save"), new Icon(VaadinIcon.CHECK), e -> {
            Map<String, HasValidation> fields = intake.fields();
            List<FindingInput> findings = intake.findingInputs();
            for (int i = 0; i < findings.size(); i++) {
                findings.get(i).putFields(fields, String.valueOf(i));
            }
            fields.put("foundOn", foundOn);
            fields.put("referredTo", referredTo);
            fields.put("referredOn", referredOn);
            clarification.putFields(fields);
            boolean fabricated = fabricated();
            QuickLogForm form = new QuickLogForm(intake.read(), findings.stream().map(FindingInput::finding).toList(),
                    findings.stream().map(FindingInput::reason).toList(), foundOn.getValue(),
                    fabricated ? referredTo.getValue() : null, fabricated ? referredOn.getValue() : null,
                    clarification.clarifiedOn(), clarification.methods(), clarification.scopeUnits(),
                    clarification.noticeText());
            FieldErrors.attempt(fields, () -> cases.quickLog(form)).ifPresent(logged -> {
                Notices.success("accusation.notice.logged", logged.header().caseNo());
                getUI().ifPresent(ui -> ui.navigate(AccusationView.class, String.valueOf(logged.id())));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("quick-save");

        Div form = new Div(intro, section("accusation.quick.report"), intake, section("accusation.quick.finding"),
                finding, referral, section("accusation.quick.clarification"), clarification, save);
        form.addClassNames("portal-card", "portal-grow");
        Div layout = new Div(form, Distinctions.box());
        layout.addClassNames("portal-finding-layout", "portal-form-wide");
        add(layout);
        showReferral();
    }

    private H3 section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("portal-form-section");
        return heading;
    }

    private boolean fabricated() {
        return intake.findingInputs().stream().anyMatch(f -> f.finding() == FindingType.FABRICATED);
    }

    /** The referral is asked for only once an allegation is found 诬告陷害. */
    private void showReferral() {
        if (intake != null) {
            referral.setVisible(fabricated());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accusation.quick.title") + " · " + getTranslation("app.title");
    }
}
