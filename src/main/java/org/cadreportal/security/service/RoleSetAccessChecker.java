package org.cadreportal.security.service;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.stereotype.Component;

/**
 * Vaadin's view access checker, reading a view's access rule also through a named role set
 * ({@code org.cadreportal.security.roles}) as Spring Security does on services. Vaadin's own checker asks
 * for {@code @RolesAllowed} written directly on the class and would deny a view that carries only
 * {@code @CaseReaders}; replacing its bean changes the navigation guard and the menu together, as both ask it.
 * The rule is otherwise Vaadin's: {@code @DenyAll} first, then {@code @AnonymousAllowed}, then a signed-in user
 * with {@code @RolesAllowed} or {@code @PermitAll}; a class without a rule inherits its nearest superclass's.
 */
@Component
class RoleSetAccessChecker extends AccessAnnotationChecker {

    private static final List<Class<? extends Annotation>> RULES =
            List.of(AnonymousAllowed.class, PermitAll.class, DenyAll.class, RolesAllowed.class);

    @Override
    public boolean hasAccess(Class<?> cls, Principal principal, Function<String, Boolean> roleChecker) {
        return decide(getSecurityTarget(cls), principal, roleChecker);
    }

    @Override
    public boolean hasAccess(Method method, Principal principal, Function<String, Boolean> roleChecker) {
        return decide(getSecurityTarget(method), principal, roleChecker);
    }

    @Override
    public AnnotatedElement getSecurityTarget(Class<?> cls) {
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            if (hasRule(c)) {
                return c;
            }
        }
        return cls;
    }

    @Override
    public AnnotatedElement getSecurityTarget(Method method) {
        if (!Modifier.isPublic(method.getModifiers())) {
            throw new IllegalArgumentException("The method '" + method + "' is not public hence cannot have a security target");
        }
        return hasRule(method) ? method : method.getDeclaringClass();
    }

    private static boolean decide(AnnotatedElement target, Principal principal, Function<String, Boolean> roleChecker) {
        MergedAnnotations annotations = annotations(target);
        if (annotations.isPresent(DenyAll.class)) {
            return false;
        }
        if (annotations.isPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (principal == null) {
            return false;
        }
        MergedAnnotation<RolesAllowed> roles = annotations.get(RolesAllowed.class);
        if (!roles.isPresent()) {
            return annotations.isPresent(PermitAll.class);
        }
        for (String role : roles.getStringArray("value")) {
            if (Boolean.TRUE.equals(roleChecker.apply(role))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRule(AnnotatedElement element) {
        MergedAnnotations annotations = annotations(element);
        return RULES.stream().anyMatch(annotations::isPresent);
    }

    /** Annotations as Java reports them (inherited ones included), and the ones they are annotated with. */
    private static MergedAnnotations annotations(AnnotatedElement element) {
        return MergedAnnotations.from(element, SearchStrategy.INHERITED_ANNOTATIONS);
    }
}
