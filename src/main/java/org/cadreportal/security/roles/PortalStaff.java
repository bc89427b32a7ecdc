package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** Every officer of the portal, 督查室 included, but not a cadre reading for himself: who read the registry, figures and timelines. */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CLERK, AppRoles.COMMITTEE, AppRoles.DISCIPLINE, AppRoles.SUPERVISION})
public @interface PortalStaff {
}
