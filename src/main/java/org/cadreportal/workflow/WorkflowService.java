package org.cadreportal.workflow;

import jakarta.validation.Valid;
import org.cadreportal.base.StoredFile;
import java.util.List;

/**
 * The kernel's API. Case types load their procedure here, record each step they take, and read the
 * records back; administrators edit the steps. Case types check their own data scope before calling.
 */
public interface WorkflowService {

    List<ProcedureDefinition> procedures();

    ProcedureDefinition procedure(String code);

    ProcedureDefinition procedure(long id);

    /** Changes a step's name, acting role, limit or requirements; cases already on it keep their due date. */
    StepDefinition updateStep(long stepId, int version, @Valid StepForm form);

    /**
     * Records a step taken by the acting user, refusing when they do not hold the step's role, when a
     * required opinion or attachment is missing, or when an attachment is not an accepted file.
     */
    StepRecordRow record(StepEntry entry);

    /** Whether the acting user holds the role a step names. */
    boolean mayAct(StepDefinition step);

    List<StepRecordRow> records(String caseType, long caseId);

    StoredFile attachment(String caseType, long caseId, long attachmentId);
}
