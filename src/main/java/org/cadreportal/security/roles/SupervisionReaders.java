package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** The 督查室, the 组织部, the 常委会 and the administrator: who follow all 大督办 items in their scope (纪委 has no part in them). */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CLERK, AppRoles.COMMITTEE, AppRoles.SUPERVISION})
public @interface SupervisionReaders {
}
