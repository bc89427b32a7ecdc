package org.cadreportal.workflow;

import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.StoredText;
import org.cadreportal.notification.Notifier;
import org.cadreportal.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Tells the people whose turn it now is (issue 22 item 7): when a move leaves a case open on a step it has
 * just entered (the next step, or the one it was sent back to), every user who may act on that step gets a
 * notice on the bell, and the morning digest counts the case among their waiting work. Who may act is the
 * step's own access rule, the one {@link CaseDesk#actingStep} and the case's scope check apply: holding the
 * step's role, with a data scope that reaches the case's unit. At 讨论决定 these are the committee members
 * entitled to sit on the case's meeting, as its set-up offers them. The user who made the move is not told
 * about his own move. Case types call nothing: {@link CaseDesk#take} does it for every move.
 */
@Component
@RequiredArgsConstructor
class StepNotices {

    private final UserDirectory directory;
    private final Notifier notifier;

    /** After {@code move} moved {@code c} from step {@code from}; in the move's transaction. */
    <C extends WorkflowCase> void moved(CaseStore<C> store, C c, ProcedureDefinition procedure, Move move,
                                        String actorUsername, String actorName) {
        CaseProgress p = c.getProgress();
        boolean entered = move instanceof Move.Advance || move instanceof Move.SendBack;
        if (!entered || p.getStatus() != CaseStatus.OPEN) {
            return;
        }
        StepDefinition step = procedure.step(p.getCurrentOrdinal());
        String label = store.label().apply(c);
        String title = StoredText.of("workflow.notice.title", "workflow.notice.type." + store.caseType(), label);
        String body = StoredText.of(move instanceof Move.SendBack ? "workflow.notice.sentBack" : "workflow.notice.advanced",
                label, step.nameZh(), step.nameEn(), actorName, p.getStepDueOn());
        String link = store.route() + "/" + c.getId();
        directory.reaching(step.role(), c.getUnit()).stream()
                .map(UserDirectory.Member::username)
                .filter(u -> !Objects.equals(u, actorUsername))
                .forEach(u -> notifier.noticeUser(u, title, body, link));
    }
}
