package org.cadreportal.security.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.PasswordPolicy;
import org.cadreportal.security.UnitCatalog;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.security.UserRow;
import org.cadreportal.security.domain.UserAccount;
import org.cadreportal.security.domain.UserAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class UserAdminServiceImpl implements UserAdminService {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final UnitCatalog units;
    private final Clock clock;
    private final LoginThrottle throttle;

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public Page<UserRow> page(String search, Pageable pageable) {
        Page<UserAccount> page = users.search(normalise(search), pageable);
        Map<Long, String> names = units.unitNames(page.map(UserAccount::getScopeUnitId).toSet());
        java.util.Set<String> waiting = throttle.waiting(page.map(UserAccount::getUsername).toList());
        return page.map(a -> toRow(a, names.get(a.getScopeUnitId()), waiting));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public long count(String search) {
        return users.countSearch(normalise(search));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public UserRow create(UserForm form, String initialPassword) {
        PasswordPolicy.check(initialPassword, form.getUsername());
        checkScopeUnit(form.getScopeUnitId());
        if (users.existsByUsername(form.getUsername().trim())) {
            throw new PortalException("user.error.usernameTaken", form.getUsername());
        }
        UserAccount account = new UserAccount(form.getUsername().trim(), form.getDisplayName().trim(),
                encoder.encode(initialPassword), form.getScopeUnitId(), form.getRoles());
        if (form.isPasswordChangeRequired()) {
            account.assignPasswordHash(account.getPasswordHash(), clock.instant());
        }
        if (!form.isEnabled()) {
            account.changeDetails(account.getDisplayName(), form.getRoles(), form.getScopeUnitId(), false);
        }
        account.presideMeetings(form.isMeetingChair());
        return toRow(users.save(account));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public UserRow update(long id, int version, UserForm form) {
        UserAccount account = VersionedEntity.atVersion(users.findById(id), version);
        checkScopeUnit(form.getScopeUnitId());
        account.changeDetails(form.getDisplayName().trim(), form.getRoles(), form.getScopeUnitId(), form.isEnabled());
        account.presideMeetings(form.isMeetingChair());
        return toRow(users.saveAndFlush(account));
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public void resetPassword(long id, String newPassword) {
        UserAccount account = users.findById(id).orElseThrow(RecordNotFoundException::new);
        PasswordPolicy.check(newPassword, account.getUsername());
        account.assignPasswordHash(encoder.encode(newPassword), clock.instant());
        throttle.release(account.getUsername());
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public void unlock(long id) {
        throttle.release(users.findById(id).orElseThrow(RecordNotFoundException::new).getUsername());
    }

    /** A scope on a unit that is not there would fail only at the database's foreign key. */
    private void checkScopeUnit(Long unitId) {
        if (unitId == null || !units.unitNames(java.util.List.of(unitId)).containsKey(unitId)) {
            throw new org.cadreportal.base.FieldException("scopeUnitId", "user.error.scopeUnit");
        }
    }

    private UserRow toRow(UserAccount a) {
        return toRow(a, units.unitName(a.getScopeUnitId()), throttle.waiting(java.util.List.of(a.getUsername())));
    }

    /** {@code waiting}: the accounts that must wait from some address after failed sign-ins (lower case). */
    private UserRow toRow(UserAccount a, String scopeUnitName, java.util.Set<String> waiting) {
        return new UserRow(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.getScopeUnitId(), scopeUnitName, a.isEnabled(),
                waiting.contains(a.getUsername().toLowerCase(java.util.Locale.ROOT)), a.getLastLoginAt(),
                a.isMeetingChair());
    }

    private static String normalise(String search) {
        return search == null ? "" : search.trim();
    }
}
