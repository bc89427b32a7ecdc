package org.cadreportal.security.service;

import lombok.RequiredArgsConstructor;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.domain.UserAccount;
import org.cadreportal.security.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for form login. */
@Service
@RequiredArgsConstructor
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.getScopeUnitId(), account.getCadreId());
        return new PortalUserDetails(user, account.getPasswordHash(), account.isEnabled());
    }
}
