package org.cadreportal.security.service;

import java.util.Collection;
import java.util.List;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session: the user's identity, roles and scope, never the password after login. */
record PortalUserDetails(CurrentUser user, String password, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        // Never print the password hash in a log line.
        return "PortalUserDetails[" + user.username() + "]";
    }
}
