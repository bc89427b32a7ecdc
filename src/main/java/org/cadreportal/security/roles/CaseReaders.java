package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** The 组织部, the 常委会 and the 纪委监委 (and the administrator): who read 能上能下, 查诬 and 容错 cases, 回访教育 and awards. */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CLERK, AppRoles.COMMITTEE, AppRoles.DISCIPLINE})
public @interface CaseReaders {
}
