package org.cadreportal.supervision;

/** A city leader (市领导, a member of the 常委会) who may 包保 items. */
public record Leader(String username, String name) {
}
