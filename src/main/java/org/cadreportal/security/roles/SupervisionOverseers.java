package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** The 督查室, the 常委会 and the administrator: who read 大督办 figures and export the item list. */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ADMIN, AppRoles.COMMITTEE, AppRoles.SUPERVISION})
public @interface SupervisionOverseers {
}
