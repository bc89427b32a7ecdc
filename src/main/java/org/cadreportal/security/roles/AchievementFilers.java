package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** A cadre filing his own 实绩 entries, and the 组织部 clerk filing for a cadre of his scope. */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.CLERK, AppRoles.CADRE})
public @interface AchievementFilers {
}
