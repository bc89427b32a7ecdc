package org.cadreportal.security;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The administrator's user management. Every method is for ADMIN only. */
public interface UserAdminService {

    Page<UserRow> page(String search, Pageable pageable);

    long count(String search);

    UserRow create(@Valid UserForm form, String initialPassword);

    UserRow update(long id, int version, @Valid UserForm form);

    void resetPassword(long id, String newPassword);

    void unlock(long id);
}
