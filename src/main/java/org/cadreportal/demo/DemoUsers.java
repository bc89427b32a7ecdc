package org.cadreportal.demo;

import java.util.EnumSet;
import lombok.RequiredArgsConstructor;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;

/**
 * Creates one account per role through the user administration, so passwords are hashed as usual; the
 * committee gets five, so a 讨论决定 has a real quorum and majority.
 */
@RequiredArgsConstructor
final class DemoUsers {

    private final UserAdminService users;
    private int created;

    int create(DemoCity.Tree tree) {
        long city = tree.city().id();
        long county = tree.counties().get(0).id();
        long township = tree.townshipsOf(tree.counties().get(0)).get(0).id();
        create(DemoAccounts.ADMIN, DemoAccounts.ADMIN_NAME, Role.ADMIN, city);
        create(DemoAccounts.CLERK, DemoAccounts.CLERK_NAME, Role.CLERK, city);
        create(DemoAccounts.COUNTY_CLERK, DemoAccounts.COUNTY_CLERK_NAME, Role.CLERK, county);
        create(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_NAME, Role.COMMITTEE, city);
        create(DemoAccounts.COMMITTEE_2, DemoAccounts.COMMITTEE_2_NAME, Role.COMMITTEE, city);
        create(DemoAccounts.COMMITTEE_3, DemoAccounts.COMMITTEE_3_NAME, Role.COMMITTEE, city);
        create(DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_4_NAME, Role.COMMITTEE, city);
        create(DemoAccounts.COMMITTEE_5, DemoAccounts.COMMITTEE_5_NAME, Role.COMMITTEE, city);
        create(DemoAccounts.DISCIPLINE, DemoAccounts.DISCIPLINE_NAME, Role.DISCIPLINE, city);
        create(DemoAccounts.SUPERVISION, DemoAccounts.SUPERVISION_NAME, Role.SUPERVISION, city);
        create(DemoAccounts.ASSESSMENT, DemoAccounts.ASSESSMENT_NAME, Role.ASSESSMENT, city);
        long organisation = tree.municipals().stream()
                .filter(u -> u.name().equals(DemoNames.ORGANISATION_DEPARTMENT)).findFirst().orElseThrow().id();
        create(DemoAccounts.SCORER, DemoAccounts.SCORER_NAME, Role.CLERK, organisation);
        create(DemoAccounts.CADRE, DemoAccounts.CADRE_NAME, Role.CADRE, township);
        return created;
    }

    private void create(String username, String displayName, Role role, long scopeUnitId) {
        UserForm form = new UserForm();
        // 赵立新 chairs the committee's meetings: a new 讨论决定 names him its 主持人.
        form.setMeetingChair(DemoAccounts.COMMITTEE.equals(username));
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setRoles(EnumSet.of(role));
        form.setScopeUnitId(scopeUnitId);
        form.setEnabled(true);
        // Shared demo accounts keep the password the README lists.
        form.setPasswordChangeRequired(false);
        users.create(form, DemoAccounts.PASSWORD);
        created++;
    }
}
