package org.cadreportal.security.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cadreportal.security.domain.LoginThrottleRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per account and client address (the account's owner elsewhere is never slowed by
 * an attacker) and per address over all accounts (one address spraying many names). Kept in the database so
 * that every node of a cluster counts the same. Counters older than a day start again from zero.
 */
@Component
class LoginThrottle {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final LoginThrottleRule perAccount;
    private final LoginThrottleRule perAddress;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
                  @Value("${portal.security.throttle.account-failures:5}") int accountFailures,
                  @Value("${portal.security.throttle.address-failures:50}") int addressFailures,
                  @Value("${portal.security.throttle.first-delay:PT1M}") Duration first,
                  @Value("${portal.security.throttle.longest-delay:PT1H}") Duration longest) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.perAccount = new LoginThrottleRule(accountFailures, first, longest);
        this.perAddress = new LoginThrottleRule(addressFailures, first, longest);
    }

    /** Whether attempts on this account from this address must wait; such an attempt is not even checked. */
    @Transactional(readOnly = true)
    public boolean blocked(String username, String address) {
        Integer n = jdbc.queryForObject("select count(*) from login_throttle where throttle_key in (?, ?)"
                + " and blocked_until > ?", Integer.class, accountKey(username, address), addressKey(address), now());
        return n != null && n > 0;
    }

    /** Counts a failure; true when it starts a wait (for the access log's 锁定 line). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String username, String address) {
        boolean account = count(accountKey(username, address), name(username), perAccount);
        boolean all = count(addressKey(address), null, perAddress);
        return account || all;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(username, address));
    }

    /** An administrator's 解锁: every address's wait on this account ends. */
    @Transactional
    public void release(String username) {
        jdbc.update("delete from login_throttle where username = ?", name(username));
    }

    /** Which of these accounts must wait now from at least one address. */
    @Transactional(readOnly = true)
    public Set<String> waiting(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        var params = new java.util.HashMap<String, Object>();
        params.put("names", usernames.stream().map(LoginThrottle::name).toList());
        params.put("now", now());
        return new HashSet<>(named.queryForList("select distinct username from login_throttle where username in (:names)"
                + " and blocked_until > :now", params, String.class));
    }

    private boolean count(String key, String username, LoginThrottleRule rule) {
        Timestamp now = now();
        Timestamp stale = Timestamp.from(clock.instant().minus(FORGET_AFTER));
        String bump = "update login_throttle set failures = case when last_failure_at < ? then 1 else failures + 1 end,"
                + " last_failure_at = ? where throttle_key = ?";
        if (jdbc.update(bump, stale, now, key) == 0) {
            try {
                jdbc.update("insert into login_throttle (throttle_key, username, failures, last_failure_at)"
                        + " values (?, ?, 1, ?)", key, username, now);
            } catch (DuplicateKeyException raced) {
                jdbc.update(bump, stale, now, key);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from login_throttle where throttle_key = ?",
                Integer.class, key);
        Duration delay = rule.delayAfter(failures == null ? 0 : failures);
        if (delay.isZero()) {
            return false;
        }
        jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ?",
                Timestamp.from(clock.instant().plus(delay)), key);
        return true;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String accountKey(String username, String address) {
        return "A:" + name(username) + "|" + address(address);
    }

    private static String addressKey(String address) {
        return "IP:" + address(address);
    }

    /** Usernames compare as the database does (case-insensitively); an endless name is cut, not stored whole. */
    private static String name(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
