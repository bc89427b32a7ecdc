package org.cadreportal.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Small, rarely changed reference data kept in memory so that a grid call does not read it again
 * (docs/performance.md): the archive's list and period names, and unit paths for the data scope. The
 * service that changes such data evicts its cache, after the commit (the transaction-aware proxy), so
 * nobody caches the old value again in between. Another node learns of a change when its entry
 * expires, after {@link #EXPIRY} at the latest.
 */
@Configuration
@EnableCaching
public class CacheConfig {

    /** The archive's list (field, level, category) and period names: one entry. */
    public static final String ARCHIVE_NAMES = "archiveNames";
    /** A unit's materialised path by unit id: what a data scope or a unit filter matches. */
    public static final String UNIT_PATHS = "unitPaths";
    /** How stale another node's copy may get: a renamed list entry, a moved unit. */
    static final Duration EXPIRY = Duration.ofMinutes(1);

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager caffeine = new CaffeineCacheManager(ARCHIVE_NAMES, UNIT_PATHS);
        caffeine.setCaffeine(Caffeine.newBuilder().expireAfterWrite(EXPIRY).maximumSize(10_000));
        caffeine.setAllowNullValues(false);
        return new TransactionAwareCacheManagerProxy(caffeine);
    }
}
