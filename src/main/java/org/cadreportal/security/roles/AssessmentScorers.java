package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/**
 * Who may enter 政绩考核 scores by hand (评价打分, events for 加分/扣分, 一票否决): the 考核办 for any indicator, and
 * the staff of a designated scoring unit for the indicators assigned to their unit only (the service checks).
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.ASSESSMENT, AppRoles.CLERK, AppRoles.SUPERVISION, AppRoles.DISCIPLINE})
public @interface AssessmentScorers {
}
