package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** The 组织部, the 常委会 and the 纪委监委: who take a case's steps (the administrator reads, but takes none). */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.CLERK, AppRoles.COMMITTEE, AppRoles.DISCIPLINE})
public @interface CaseHandlers {
}
