package org.cadreportal.inspection.service;

import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.AdjustmentDecided;
import org.cadreportal.adjustment.AdjustmentTerminated;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.inspection.domain.ReservePoolRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The committee decided a 上 case: the reserve pool entry it was opened from is used by a promotion, or
 * free again after a rejection; a terminated case frees it too (or puts a used one back in the pool). Through the adjustment feature's own event, so adjustment never needs
 * to know the pool.
 */
@Component
@RequiredArgsConstructor
class PoolDecisions {

    private final ReservePoolRepository entries;

    @ApplicationModuleListener
    void on(AdjustmentDecided decided) {
        if (decided.direction() != Direction.UP) {
            return;
        }
        entries.findByCaseId(decided.caseId()).ifPresent(e -> {
            e.decided(decided.passed(), decided.decidedOn());
            entries.save(e);
        });
    }

    @ApplicationModuleListener
    void on(AdjustmentTerminated terminated) {
        if (terminated.direction() != Direction.UP) {
            return;
        }
        entries.findByCaseId(terminated.caseId()).ifPresent(e -> {
            e.caseTerminated(entries.findOpenOf(terminated.cadreId()).filter(o -> !o.getId().equals(e.getId()))
                    .isPresent());
            entries.save(e);
        });
    }
}
