package org.cadreportal.security.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.security.domain.UserAccountRepository;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class UserDirectoryImpl implements UserDirectory {

    private final UserAccountRepository accounts;
    private final UnitViewRepository units;

    @Override
    @PortalStaff
    public List<Member> members(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(a -> new Member(a.getUsername(), a.getDisplayName(), a.getScopeUnitId(), a.isMeetingChair()))
                .sorted(Comparator.comparing(Member::username))
                .toList();
    }

    @Override
    @PortalStaff
    public List<Member> reaching(Role role, UnitView unit) {
        List<Member> holders = members(role);
        Map<Long, String> scopes = units.findAllById(holders.stream().map(Member::scopeUnitId).distinct().toList())
                .stream().collect(Collectors.toMap(UnitView::getId, UnitView::getPath));
        // A scope unit that no longer exists reaches nothing, as it does for the signed-in user.
        return holders.stream().filter(m -> scopes.containsKey(m.scopeUnitId())
                && unit.isWithin(scopes.get(m.scopeUnitId()))).toList();
    }

    /** Open to any caller: a feature telling a user something needs the address, not the right to list users. */
    @Override
    @jakarta.annotation.security.PermitAll
    public java.util.Optional<String> emailOf(String username) {
        return accounts.findByUsername(username).filter(a -> a.isEnabled()).map(a -> a.getEmail());
    }
}
