package org.cadreportal.cadre;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
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
    private final LongFunction<List<TimelineEntry>> reader;

    /** A source that reads its entries its own way, overriding {@link #read}. */
    protected RecordTimelineSource(String recordType) {
        this(recordType, null);
    }

    /** A source whose entries {@code reader} reads for the cadre. */
    protected RecordTimelineSource(String recordType, LongFunction<List<TimelineEntry>> reader) {
        this.recordType = recordType;
        this.reader = reader;
    }

    /** A source whose entries are the cadre's records {@code records} finds, each made an entry by {@code entry}. */
    protected <T> RecordTimelineSource(String recordType, LongFunction<? extends Collection<T>> records,
                                       Function<? super T, TimelineEntry> entry) {
        this(recordType, cadreId -> records.apply(cadreId).stream().<TimelineEntry>map(entry).toList());
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
    protected List<TimelineEntry> read(long cadreId) {
        return reader.apply(cadreId);
    }
}
