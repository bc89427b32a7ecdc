package org.cadreportal.notification;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalStaff;

/**
 * What every feature's {@link WaitingWork} shares, kept once with the rule every source keeps: its lines are
 * counted only for a user who may open records of the source's type ({@link RecordAccess}) and holds one of the
 * roles whose turn the work can be; for anyone else there are none. A source says only what its lines count.
 */
public abstract class RecordWaitingWork implements WaitingWork {

    private final String recordType;
    private final Set<Role> turns;
    private final Function<CurrentUser, List<WaitingLine>> lines;

    /** {@code lines}: the work on records of {@code recordType} that waits on the holders of {@code turns}. */
    protected RecordWaitingWork(String recordType, Set<Role> turns, Function<CurrentUser, List<WaitingLine>> lines) {
        this.recordType = recordType;
        this.turns = Set.copyOf(turns);
        this.lines = lines;
    }

    /** As above, for work that waits on the holders of a named role set ({@code org.cadreportal.security.roles}). */
    protected RecordWaitingWork(String recordType, Class<? extends Annotation> turns,
                                Function<CurrentUser, List<WaitingLine>> lines) {
        this(recordType, Arrays.stream(turns.getAnnotation(RolesAllowed.class).value()).map(Role::valueOf)
                .collect(Collectors.toSet()), lines);
    }

    @Override
    // The staff roles the morning digest runs as (DigestJob); a cadre gets no digest.
    @PortalStaff
    public List<WaitingLine> waitingFor(CurrentUser user) {
        // Whose turn it is, and (the one rule) whether the user may open such records at all.
        if (!RecordAccess.mayOpen(recordType) || turns.stream().noneMatch(user::has)) {
            return List.of();
        }
        return lines.apply(user);
    }
}
