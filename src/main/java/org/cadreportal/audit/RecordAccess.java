package org.cadreportal.audit;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cadreportal.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which roles may open each type of record ({@link AccessTypes}): the one rule that every surface showing
 * another feature's records asks (the cadre timeline, dashboard drill-downs, the morning digest), so that
 * what a role may not open on its own page it does not read elsewhere either. The record's own page carries
 * the same roles in its {@code @RolesAllowed}; the access matrix test fails when the two differ. Data scope
 * is a second, separate check inside each feature's queries.
 * An attachment ({@link AccessTypes#ATTACHMENT}) has no rule of its own: it goes with the record it is
 * attached to.
 */
public final class RecordAccess {

    private static final Set<Role> STAFF =
            EnumSet.of(Role.ADMIN, Role.CLERK, Role.COMMITTEE, Role.DISCIPLINE, Role.SUPERVISION);
    /** 能上能下, 查诬, 容错 and 回访教育 records: the organisation department, the committee and discipline. */
    private static final Set<Role> CASES = EnumSet.of(Role.ADMIN, Role.CLERK, Role.COMMITTEE, Role.DISCIPLINE);

    private static final Map<String, Set<Role>> OPENED_BY = openedBy();

    private RecordAccess() {
    }

    /** The record types the rule knows, each with the roles that may open such a record. */
    public static Map<String, Set<Role>> rules() {
        return OPENED_BY;
    }

    /** The roles that may open a record of this type; an unknown type is a programming error. */
    public static Set<Role> rolesFor(String type) {
        Set<Role> roles = OPENED_BY.get(type);
        if (roles == null) {
            throw new IllegalArgumentException("No access rule for record type " + type);
        }
        return roles;
    }

    /** Whether someone holding these roles may open a record of this type (any one role is enough). */
    public static boolean mayOpen(String type, Collection<Role> roles) {
        Set<Role> allowed = rolesFor(type);
        return roles.stream().anyMatch(allowed::contains);
    }

    /** Whether the signed-in user may open a record of this type; nobody signed in may open none. */
    public static boolean mayOpen(String type) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        Set<Role> allowed = rolesFor(type);
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> allowed.stream().anyMatch(r -> r.authority().equals(a)));
    }

    private static Map<String, Set<Role>> openedBy() {
        Map<String, Set<Role>> rules = new LinkedHashMap<>();
        rules.put(AccessTypes.CADRE, STAFF);
        // A cadre opens their own entries; the archive's scope keeps them to those. The 考核办 scores units, not
        // people, and reads no archive.
        rules.put(AccessTypes.ARCHIVE_ENTRY, EnumSet.complementOf(EnumSet.of(Role.ASSESSMENT)));
        rules.put(AccessTypes.ADJUSTMENT_CASE, CASES);
        rules.put(AccessTypes.ACCUSATION_CASE, CASES);
        rules.put(AccessTypes.TOLERANCE_APPLICATION, CASES);
        rules.put(AccessTypes.DISCIPLINE_RECORD, CASES);
        // A cadre opens the items they are responsible for; discipline has no part in 大督办.
        rules.put(AccessTypes.SUPERVISION_ITEM,
                EnumSet.of(Role.ADMIN, Role.CLERK, Role.COMMITTEE, Role.SUPERVISION, Role.CADRE));
        rules.put(AccessTypes.AWARD, CASES);
        rules.put(AccessTypes.INSPECTION, STAFF);
        rules.put(AccessTypes.DASHBOARD, STAFF);
        // Identity numbers and family members: the organisation department and the committee that decides.
        rules.put(AccessTypes.PERSONAL, EnumSet.of(Role.CLERK, Role.COMMITTEE));
        // The 干部任免审批表 carries family and photo: the organisation department and the committee, who decide.
        rules.put(AccessTypes.APPOINTMENT_FORM, EnumSet.of(Role.CLERK, Role.COMMITTEE));
        // Accounts and their sign-ins: the administrator's user list and access log only.
        rules.put(AccessTypes.ACCOUNT, EnumSet.of(Role.ADMIN));
        rules.replaceAll((type, roles) -> Set.copyOf(roles));
        return Map.copyOf(rules);
    }
}
