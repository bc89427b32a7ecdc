package org.cadreportal.inspection.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadreRepository;
import org.cadreportal.inspection.domain.FrontlineInspection;
import org.cadreportal.inspection.domain.InspectionCadre;
import org.cadreportal.inspection.domain.PoolSource;
import org.cadreportal.inspection.domain.ReservePoolEntry;
import org.cadreportal.inspection.domain.ReservePoolRepository;
import org.springframework.stereotype.Component;

/**
 * Puts identified cadres into the reserve pool: each recommendation that identifies (优先使用, 提拔) becomes
 * a source of the cadre's open entry, which is created by the first. An edited inspection first takes
 * back what it had put in, so the pool always says what the inspections say; an entry left without a
 * source and without a case leaves the pool.
 */
@Component
@RequiredArgsConstructor
class PoolFeed {

    private final ReservePoolRepository entries;
    private final ReadOnlyCadreRepository cadres;

    /** After an inspection is recorded or edited. */
    void admit(FrontlineInspection inspection) {
        for (ReservePoolEntry entry : entries.findWithSourceFrom(inspection.getId())) {
            if (entry.withdraw(inspection.getId()) && entry.getCaseId() == null) {
                entries.delete(entry);
            }
        }
        entries.flush();
        Map<Long, ReservePoolEntry> open = new HashMap<>();
        admit(inspection, cadreId -> entries.findOpenOf(cadreId).orElse(null), open);
        entries.saveAll(open.values());
    }

    /** Every identifying recommendation of these inspections not in the pool yet; the sources added. */
    int admitAll(List<FrontlineInspection> inspections) {
        Map<Long, ReservePoolEntry> open = new HashMap<>();
        entries.findAllOpen().forEach(e -> open.put(e.getCadre().getId(), e));
        int added = 0;
        for (FrontlineInspection i : inspections.stream().sorted(Comparator.comparing(FrontlineInspection::getInspectedOn)
                .thenComparing(FrontlineInspection::getId)).toList()) {
            added += admit(i, open::get, open);
        }
        entries.saveAll(open.values());
        return added;
    }

    private int admit(FrontlineInspection i, java.util.function.LongFunction<ReservePoolEntry> openEntry,
                      Map<Long, ReservePoolEntry> touched) {
        int added = 0;
        for (InspectionCadre seen : i.getCadres()) {
            if (!seen.getRecommendation().identifies()) {
                continue;
            }
            PoolSource source = new PoolSource(i.getId(), i.getInspectedOn(), seen.getRecommendation(),
                    i.getFinding());
            ReservePoolEntry entry = touched.containsKey(seen.getCadreId()) ? touched.get(seen.getCadreId())
                    : openEntry.apply(seen.getCadreId());
            if (entry == null) {
                entry = new ReservePoolEntry(cadres.getReferenceById(seen.getCadreId()), source);
                added++;
            } else if (entry.add(source)) {
                added++;
            }
            touched.put(seen.getCadreId(), entry);
        }
        return added;
    }
}
