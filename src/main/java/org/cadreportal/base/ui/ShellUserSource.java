package org.cadreportal.base.ui;

import java.util.Optional;

/**
 * Supplies the header's user line. Implemented by the security feature, so the shell stays free of
 * any feature's types.
 */
public interface ShellUserSource {

    Optional<ShellUser> currentShellUser();

    void logout();
}
