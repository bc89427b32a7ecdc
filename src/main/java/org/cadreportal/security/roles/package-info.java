/**
 * The portal's named role sets, each written out once: services and views carry the set's annotation
 * instead of a list of roles, so a change to who may do something is one edit. Spring Security reads
 * them as {@code @RolesAllowed} on a method; views are read by the portal's own view access checker,
 * which looks through them as Spring does (Vaadin's own checker reads the annotation only where it is
 * written directly).
 */
@NamedInterface("roles")
package org.cadreportal.security.roles;

import org.springframework.modulith.NamedInterface;
