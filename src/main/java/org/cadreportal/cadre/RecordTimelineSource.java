package org.cadreportal.cadre;

import java.util.List;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every {@link TimelineSource} shares, kept once with the rule every source keeps: its entries are read
 * only when the signed-in user may open records of the source's type ({@link RecordAccess}), and there are
 * none at all otherwise; they are read with the roles of {@code CadreService.timeline}, its one caller, in
 * its read-only transaction.
 */
public abstract class RecordTimelineSource implements TimelineSource {

    private final String recordType;

    protected RecordTimelineSource(String recordType) {
        this.recordType = recordType;
    }

    @Override
    @Transactional(readOnly = true)
    // The roles of CadreService.timeline, its one caller.
    @PortalStaff
    public List<TimelineEntry> entriesFor(long cadreId) {
        if (!RecordAccess.mayOpen(recordType)) {
            return List.of();
        }
        return read(cadreId);
    }

    /** The cadre's entries, for a user who may open the source's records. */
    protected abstract List<TimelineEntry> read(long cadreId);
}
