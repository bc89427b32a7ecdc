package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/**
 * Who records leaders' 年度考核 grades outside the profile form (the grades screen and its import): the 考核办 for
 * the whole city, the 组织部's clerks for the cadres in their scope (the services check the scope).
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ASSESSMENT, AppRoles.CLERK})
public @interface GradeRecorders {
}
