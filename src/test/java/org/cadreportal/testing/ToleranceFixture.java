package org.cadreportal.testing;

import org.cadreportal.workflow.StepNote;
import org.cadreportal.tolerance.ToleranceInput;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.tolerance.ApplicantType;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.ApplicationForm;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Tolerance applications made through the real service, each step by the demo user whose role it
 * names (the demo clerk and discipline officer, whole city), and removed again afterwards so tests
 * sharing the demo database never see each other's.
 */
public final class ToleranceFixture {

    private final ToleranceService tolerance;
    private final AsUser as;
    private final JdbcTemplate jdbc;

    public ToleranceFixture(ToleranceService tolerance, UserDetailsService users, JdbcTemplate jdbc) {
        this.tolerance = tolerance;
        this.as = new AsUser(users);
        this.jdbc = jdbc;
    }

    /** Registered by the clerk; it then stands on 受理. */
    public ApplicationDetails apply(long cadreId, String matter) {
        ApplicationForm form = new ApplicationForm();
        form.setCadreId(cadreId);
        form.setApplicantType(ApplicantType.UNIT);
        form.setMatter(matter);
        form.setDescription("单位申请：" + matter);
        form.setCategoryId(1L);
        form.setExemptionIds(Set.of(1L));
        return as.call(DemoAccounts.CLERK, () -> tolerance.apply(form));
    }

    /** Registered, accepted and verified (with {@code found} established); it then stands on 认定. */
    public ApplicationDetails atFinding(long cadreId, String matter, Set<Exclusion> found) {
        ApplicationDetails a = apply(cadreId, matter);
        return as.call(DemoAccounts.DISCIPLINE, () -> {
            ApplicationDetails accepted = tolerance.completeStep(a.id(), a.version(), new ToleranceInput.Acceptance(),
                    StepNote.of("材料齐全，予以受理。"));
            return tolerance.completeStep(accepted.id(), accepted.version(),
                    new ToleranceInput.Verification(found, "经核实，情况属实。"), StepNote.none());
        });
    }

    /** Carried through 认定 with the given finding; it then stands on 反馈. */
    public ApplicationDetails decided(long cadreId, String matter, FindingOutcome outcome, String reasons) {
        ApplicationDetails a = atFinding(cadreId, matter, Set.of());
        return as.call(DemoAccounts.DISCIPLINE, () -> tolerance.completeStep(a.id(), a.version(),
                new ToleranceInput.Finding(outcome, reasons), StepNote.none()));
    }

    /** Removes an application, its step records and its history. */
    public void delete(long applicationId) {
        jdbc.update("delete from step_records where case_type = 'TOLERANCE' and case_id = ?", applicationId);
        jdbc.update("delete from tolerance_application_exemptions where application_id = ?", applicationId);
        jdbc.update("delete from tolerance_application_exemptions_aud where application_id = ?", applicationId);
        jdbc.update("delete from tolerance_applications_aud where id = ?", applicationId);
        jdbc.update("delete from tolerance_applications where id = ?", applicationId);
    }
}
