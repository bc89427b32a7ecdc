package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ListEntryGrid;
import org.cadreportal.base.ui.RedrawnPage;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepForm;
import org.cadreportal.workflow.WorkflowService;

/** 流程配置: an administrator edits each procedure's steps (name, acting role, time limit, requirements). */
@Route("admin/procedures")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.procedures", order = 92, icon = "vaadin:road-branches")
public class ProcedureAdminView extends RedrawnPage {

    private final WorkflowService workflow;

    public ProcedureAdminView(WorkflowService workflow) {
        super("workflow.admin.title");
        this.workflow = workflow;
        render();
    }

    @Override
    protected void draw() {
        for (ProcedureDefinition p : workflow.procedures()) {
            Grid<StepDefinition> grid = new Grid<>(StepDefinition.class, false);
            grid.setId("steps-" + p.code());
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.addColumn(StepDefinition::ordinal).setHeader("#").setWidth("3em").setFlexGrow(0);
            grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("workflow.field.stepName"));
            grid.addColumn(s -> getTranslation(s.role().labelKey())).setHeader(getTranslation("workflow.field.role"));
            grid.addColumn(StepDefinition::timeLimitDays).setHeader(getTranslation("workflow.field.timeLimit"));
            grid.addColumn(s -> getTranslation(s.opinionRequired() ? "common.yes" : "common.no"))
                    .setHeader(getTranslation("workflow.field.opinionRequired"));
            grid.addColumn(s -> getTranslation(s.attachmentRequired() ? "common.yes" : "common.no"))
                    .setHeader(getTranslation("workflow.field.attachmentRequired"));
            ListEntryGrid.editColumn(grid, this::edit);
            grid.setItems(p.steps());
            grid.setAllRowsVisible(true);
            add(new H3(p.name(getLocale())), grid);
        }
    }

    private void edit(StepDefinition step) {
        BeanValidationBinder<StepForm> binder = Binders.of(StepForm.class);
        TextField nameZh = new TextField(getTranslation("workflow.field.nameZh"));
        binder.forField(nameZh).bind("nameZh");
        TextField nameEn = new TextField(getTranslation("workflow.field.nameEn"));
        binder.forField(nameEn).bind("nameEn");
        Select<Role> role = Choices.select("workflow.field.role", null, Role::labelKey, Role.CLERK, Role.COMMITTEE,
                Role.DISCIPLINE);
        // The vote belongs to the committee, whatever else is configured.
        role.setReadOnly("DECISION".equals(step.form()));
        binder.forField(role).bind("role");
        IntegerField limit = new IntegerField(getTranslation("workflow.field.timeLimit"));
        binder.forField(limit).bind("timeLimitDays");
        Checkbox opinion = new Checkbox(getTranslation("workflow.field.opinionRequired"));
        binder.forField(opinion).bind("opinionRequired");
        Checkbox attachment = new Checkbox(getTranslation("workflow.field.attachmentRequired"));
        binder.forField(attachment).bind("attachmentRequired");
        EditDialog.open(getTranslation("workflow.admin.edit", step.ordinal(), step.name(getLocale())),
                new FormLayout(nameZh, nameEn, role, limit, opinion, attachment), binder, StepForm.of(step),
                form -> workflow.updateStep(step.id(), step.version(), form), this::render);
    }
}
