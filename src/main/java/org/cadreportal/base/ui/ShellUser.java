package org.cadreportal.base.ui;

/** What the header shows of the signed-in user: name, role names (translation keys) and scope unit. */
public record ShellUser(String displayName, java.util.List<String> roleKeys, String unitName) {
}
