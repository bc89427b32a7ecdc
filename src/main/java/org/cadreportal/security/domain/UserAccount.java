package org.cadreportal.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A portal user. Login bookkeeping (failed attempts, lock, last login) is not audited: it changes on
 * every sign-in and is not a change anyone made to the account.
 */
@Entity
@Table(name = "user_accounts")
@Audited
public class UserAccount extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_accounts_seq")
    @SequenceGenerator(name = "user_accounts_seq", sequenceName = "user_accounts_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "scope_unit_id", nullable = false)
    private long scopeUnitId;

    /** The cadre this account belongs to, for a cadre's own sign-in (my items, my entries). */
    @Column(name = "cadre_id")
    private Long cadreId;

    /** Where the portal's e-mails go (notices, the morning digest); none means in-app only. */
    @Column(length = 200)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    @NotAudited
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, long scopeUnitId, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        changeDetails(displayName, roles, scopeUnitId, true);
    }

    /** Counts a wrong password; the {@code max}-th in a row locks the account for {@code lockout}. */
    public void recordFailedLogin(Instant now, int max, Duration lockout) {
        if (isLocked(now)) {
            return;
        }
        failedAttempts++;
        if (failedAttempts >= max) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changeDetails(String displayName, Set<Role> roles, long scopeUnitId, boolean enabled) {
        this.displayName = displayName;
        this.roles.clear();
        this.roles.addAll(roles);
        this.scopeUnitId = scopeUnitId;
        this.enabled = enabled;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        unlock();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public void linkCadre(Long cadre) {
        cadreId = cadre;
    }

    public String getEmail() {
        return email;
    }

    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public long getScopeUnitId() {
        return scopeUnitId;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
