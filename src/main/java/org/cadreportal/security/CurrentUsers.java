package org.cadreportal.security;

import java.util.Optional;

/** Who is acting in this request. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    /** The acting user; refuses when nobody is signed in. */
    CurrentUser require();
}
