package org.cadreportal.archive.service;

import java.util.HashMap;
import java.util.Map;
import org.cadreportal.archive.domain.ArchiveTermRepository;
import org.cadreportal.archive.domain.FilingPeriodRepository;
import org.cadreportal.base.Label;
import org.springframework.stereotype.Component;

/**
 * The names of the archive's lists and periods, read once per request: a few dozen rows, so grid rows
 * carry only ids from the database and get their names here instead of through four more joins.
 */
@Component
class ArchiveNames {

    private final ArchiveTermRepository terms;
    private final FilingPeriodRepository periods;

    ArchiveNames(ArchiveTermRepository terms, FilingPeriodRepository periods) {
        this.terms = terms;
        this.periods = periods;
    }

    Names load() {
        Map<Long, Label> byId = new HashMap<>();
        terms.findAll().forEach(t -> byId.put(t.getId(), new Label(t.getNameZh(), t.getNameEn())));
        Map<Long, Label> periodById = new HashMap<>();
        periods.findNames().forEach(p -> periodById.put(p.id(), new Label(p.nameZh(), p.nameEn())));
        return new Names(byId, periodById);
    }

    record Names(Map<Long, Label> terms, Map<Long, Label> periods) {

        Label term(long id) {
            return terms.getOrDefault(id, Label.NONE);
        }

        Label period(long id) {
            return periods.getOrDefault(id, Label.NONE);
        }
    }
}
