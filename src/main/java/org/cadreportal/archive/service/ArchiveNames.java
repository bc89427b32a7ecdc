package org.cadreportal.archive.service;

import java.util.HashMap;
import java.util.Map;
import org.cadreportal.archive.domain.ArchiveTermRepository;
import org.cadreportal.archive.domain.FilingPeriodRepository;
import org.cadreportal.base.CacheConfig;
import org.cadreportal.base.Label;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The names of the archive's lists and periods: a few dozen rows, so grid rows carry only ids from the
 * database and get their names here instead of through four more joins. They are read once and kept
 * ({@link CacheConfig#ARCHIVE_NAMES}); saving a list entry or a period evicts them, and an id that is not
 * among them (a period added on another node, or directly in the database) reads them again.
 */
@Component
class ArchiveNames {

    private static final String KEY = "all";

    private final ArchiveTermRepository terms;
    private final FilingPeriodRepository periods;
    private final Cache cache;

    ArchiveNames(ArchiveTermRepository terms, FilingPeriodRepository periods, CacheManager caches) {
        this.terms = terms;
        this.periods = periods;
        this.cache = caches.getCache(CacheConfig.ARCHIVE_NAMES);
    }

    Names load() {
        return new Names(cache.get(KEY, this::read), this);
    }

    /** The names as they are now in the database, kept for the next calls. */
    private Maps reload() {
        Maps fresh = read();
        cache.put(KEY, fresh);
        return fresh;
    }

    private Maps read() {
        Map<Long, Label> byId = new HashMap<>();
        terms.findAll().forEach(t -> byId.put(t.getId(), new Label(t.getNameZh(), t.getNameEn())));
        Map<Long, Label> periodById = new HashMap<>();
        periods.findNames().forEach(p -> periodById.put(p.id(), new Label(p.nameZh(), p.nameEn())));
        return new Maps(Map.copyOf(byId), Map.copyOf(periodById));
    }

    private record Maps(Map<Long, Label> terms, Map<Long, Label> periods) {
    }

    /** The names for one call; an unknown id reads them again once. */
    static final class Names {

        private Maps maps;
        private final ArchiveNames source;
        private boolean reloaded;

        private Names(Maps maps, ArchiveNames source) {
            this.maps = maps;
            this.source = source;
        }

        Label term(long id) {
            Label l = maps.terms().get(id);
            if (l == null && fresh()) {
                l = maps.terms().get(id);
            }
            return l == null ? Label.NONE : l;
        }

        Label period(long id) {
            Label l = maps.periods().get(id);
            if (l == null && fresh()) {
                l = maps.periods().get(id);
            }
            return l == null ? Label.NONE : l;
        }

        private boolean fresh() {
            if (reloaded) {
                return false;
            }
            reloaded = true;
            maps = source.reload();
            return true;
        }
    }
}
