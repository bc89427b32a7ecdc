package org.cadreportal.inspection;

import java.io.OutputStream;
import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * 后备干部 / 优秀年轻干部库 from 一线识别: every cadre recommended for priority use or promotion at a
 * frontline inspection is in the pool, one open entry per cadre (a later recommendation adds a source to
 * it). Read within the user's unit subtree by the cadre's unit. A clerk opens a 上 case from an entry
 * (source 一线识别, the recommendation referenced); the entry is used once that case is decided.
 */
public interface ReservePoolService {

    List<PoolRow> page(PoolFilter filter, Pageable pageable);

    long count(PoolFilter filter);

    /**
     * Opens a 上 case for the entry's cadre through the adjustment feature and notes it on the entry.
     * {@code impactReason} is needed only when the cadre is inside the impact period of a 下.
     */
    PoolRow openCase(long entryId, int version, String impactReason);

    void exportExcel(PoolFilter filter, OutputStream out);

    /**
     * Puts into the pool every identifying recommendation already recorded that is not there yet (for
     * inspections recorded before the pool existed, or loaded in bulk); returns the sources added.
     */
    int admitRecorded();
}
