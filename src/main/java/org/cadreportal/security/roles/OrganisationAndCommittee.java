package org.cadreportal.security.roles;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cadreportal.security.AppRoles;

/** 组织部 clerks and 常委会 members: who record 一线考察 and name the members who vote on a case. */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@RolesAllowed({AppRoles.CLERK, AppRoles.COMMITTEE})
public @interface OrganisationAndCommittee {
}
