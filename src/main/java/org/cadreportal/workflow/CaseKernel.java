package org.cadreportal.workflow;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.base.YearlyNumbers;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.springframework.stereotype.Component;

/**
 * The kernel every case type runs on. A case type asks it once for its {@link CaseDesk}, bound to
 * where it keeps its cases, and from then on loads, checks and moves its cases only through that desk.
 * Not a service of its own: every call runs inside the case type's guarded, transactional service
 * method, and the step record itself still goes through {@link WorkflowService#record}'s guard.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseKernel {

    final WorkflowService workflow;
    final CurrentUsers users;
    final AccessLog accessLog;
    final DataScope scope;
    final StepNotices notices;
    private final Clock clock;
    final Validator validator;
    final YearlyNumbers numbers;

    public <C extends WorkflowCase> CaseDesk<C> desk(CaseStore<C> store) {
        return new CaseDesk<>(this, store);
    }

    /** The acting user's display name, as step records and last-actor columns show it. */
    public String actorName() {
        return users.require().displayName();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
