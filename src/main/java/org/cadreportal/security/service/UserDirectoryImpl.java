package org.cadreportal.security.service;

import java.util.Comparator;
import java.util.List;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.security.domain.UserAccountRepository;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UserDirectoryImpl implements UserDirectory {

    private final UserAccountRepository accounts;

    UserDirectoryImpl(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @PortalStaff
    public List<Member> members(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(a -> new Member(a.getUsername(), a.getDisplayName(), a.getScopeUnitId(), a.isMeetingChair()))
                .sorted(Comparator.comparing(Member::username))
                .toList();
    }

    /** Open to any caller: a feature telling a user something needs the address, not the right to list users. */
    @Override
    @jakarta.annotation.security.PermitAll
    public java.util.Optional<String> emailOf(String username) {
        return accounts.findByUsername(username).filter(a -> a.isEnabled()).map(a -> a.getEmail());
    }
}
