package org.cadreportal.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A portal user. Login bookkeeping (last login, password change dates) is not audited: sign-ins and password
 * changes are in the access log instead, with the address they came from.
 */
@Entity
@Table(name = "user_accounts")
@Audited
public class UserAccount extends VersionedEntity {

    @Getter private String username;

    @Getter private String displayName;

    @NotAudited
    @Getter private String passwordHash;

    @Getter private boolean enabled = true;

    @Getter private long scopeUnitId;

    /** The cadre this account belongs to, for a cadre's own sign-in (my items, my entries). */
    @Getter private Long cadreId;

    /** Where the portal's e-mails go (notices, the morning digest); none means in-app only. */
    @Getter private String email;

    /** The member a new 讨论决定 names as its chair (主持人) by default. */
    @Getter private boolean meetingChair;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    /** Set by an administrator's create or reset: the user must choose his own password before anything else. */
    @NotAudited
    @Getter private boolean passwordChangeRequired;

    @NotAudited
    private Instant passwordChangedAt;

    @NotAudited
    @Getter private Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, long scopeUnitId, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        changeDetails(displayName, roles, scopeUnitId, true);
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    public void changeDetails(String displayName, Set<Role> roles, long scopeUnitId, boolean enabled) {
        this.displayName = displayName;
        this.roles.clear();
        this.roles.addAll(roles);
        this.scopeUnitId = scopeUnitId;
        this.enabled = enabled;
    }

    /** A password an administrator chose (first or reset): the user must replace it at the next sign-in. */
    public void assignPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
        this.passwordChangedAt = now;
    }

    /** The user's own choice. */
    public void choosePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
        this.passwordChangedAt = now;
    }

    public void presideMeetings(boolean chair) {
        meetingChair = chair;
    }

    public void linkCadre(Long cadre) {
        cadreId = cadre;
    }

    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
