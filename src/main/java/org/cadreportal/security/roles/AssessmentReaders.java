package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** The 考核办, the 常委会, the 组织部's clerks and the administrator: who read 政绩考核 plans and results in their scope. */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ASSESSMENT, AppRoles.COMMITTEE, AppRoles.CLERK, AppRoles.ADMIN})
public @interface AssessmentReaders {
}
