package org.cadreportal.workflow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.domain.CadreProposal;
import org.cadreportal.base.domain.CadreProposalRepository;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.notification.Notifier;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * What every feature that raises proposals from a cadre's 年度考核 grade ({@link CadreProposal}: a 下 case, a
 * 记功) does with them, kept once: the clerk's list of the open ones in his scope, a proposal loaded as he saw
 * it (another unit's is missing, a changed one stale) and closed by what he did from it or dismissed with a
 * reason, and a proposal raised for a cadre in office with the clerks whose scope reaches his unit told on the
 * bell. Not a service of its own: every call runs inside the feature's guarded, transactional service method,
 * which keeps its own access rule.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProposalDesk {

    /** What closes a proposal once the clerk's action from it has produced {@code outcome}. */
    @FunctionalInterface
    public interface Closing<P, T> {
        void close(P proposal, T outcome, String actor, LocalDateTime now);
    }

    /** The new proposal for a cadre in office, in his unit. */
    @FunctionalInterface
    public interface Raising<P> {
        P raise(long cadreId, String cadreName, UnitView unit, LocalDateTime now);
    }

    private final UnitViewRepository units;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final DataScope scope;
    private final UserDirectory directory;
    private final Notifier notifier;
    private final Clock clock;

    /** The open proposals in the user's scope as rows, oldest first; none for a user who is not a clerk. */
    public <P extends CadreProposal, R> List<R> openRows(CadreProposalRepository<P> proposals, Function<P, R> row) {
        if (!users.require().has(Role.CLERK)) {
            return List.of();
        }
        return proposals.findOpenInScope(scope.path()).stream().map(row).toList();
    }

    /**
     * Does what the clerk chose on the proposal as he saw it, then closes the proposal with the outcome, in the
     * caller's transaction: a refused action leaves the proposal open.
     */
    public <P extends CadreProposal, T> T act(CadreProposalRepository<P> proposals, long id, int version,
                                             Function<P, T> action, Closing<P, T> closing) {
        P p = proposals.atVersionInScope(id, version, scope.path());
        T outcome = action.apply(p);
        closing.close(p, outcome, actorName(), now());
        proposals.saveAndFlush(p);
        return outcome;
    }

    /** Closes the proposal as the clerk saw it without acting on it; the reason is checked first. */
    public <P extends CadreProposal> void dismiss(CadreProposalRepository<P> proposals, long id, int version,
                                                 String reason) {
        String given = CadreProposal.dismissalReason(reason);
        P p = proposals.atVersionInScope(id, version, scope.path());
        p.dismiss(given, actorName(), now());
        proposals.saveAndFlush(p);
    }

    /**
     * Raises a proposal for the graded cadre unless he is no longer in office, and tells the clerks whose scope
     * reaches his unit: {@code titleKey}, and {@code bodyKey} with the cadre's name, the year and the grade's
     * official name. The caller has checked what else keeps its kind of proposal from being raised.
     */
    public <P extends CadreProposal> void raise(CadreProposalRepository<P> proposals, AnnualGradesRecorded recorded,
                                               Raising<P> raising, String titleKey, String bodyKey) {
        CadreDetails cadre = cadres.get(recorded.cadreId());
        if (cadre.status() != CadreStatus.ACTIVE) {
            return;
        }
        UnitView unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        proposals.saveAndFlush(raising.raise(cadre.id(), cadre.form().getName(), unit, now()));
        String body = StoredText.of(bodyKey, cadre.form().getName(), recorded.year(), recorded.grade().labelKey());
        for (UserDirectory.Member clerk : directory.reaching(Role.CLERK, unit)) {
            notifier.noticeUser(clerk.username(), titleKey, body, "my-tasks");
        }
    }

    /** The acting user's display name, as a closed proposal keeps it. */
    public String actorName() {
        return users.require().displayName();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
