package org.cadreportal.base;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link PlainInput} in front of every service method a form calls to write (a {@code @Service}
 * method with {@code @RolesAllowed} in a read-write transaction), so no form can forget it and no
 * field needs its own annotation. Reads (lists, searches, exports) are left alone: a search for odd
 * text finds nothing rather than failing.
 */
@Configuration(proxyBeanMethods = false)
class PlainInputGuard {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor plainInputAdvisor() {
        ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        MethodInterceptor check = invocation -> {
            Object target = invocation.getThis();
            Method method = target == null ? invocation.getMethod()
                    : AopUtils.getMostSpecificMethod(invocation.getMethod(), target.getClass());
            String[] params = names.getParameterNames(method);
            Object[] args = invocation.getArguments();
            for (int i = 0; i < args.length; i++) {
                PlainInput.check(params == null ? "arg" + i : params[i], args[i]);
            }
            return invocation.proceed();
        };
        return new DefaultPointcutAdvisor(new WritingServiceMethods(), check);
    }

    /** The public write methods of the application's own services. */
    private static final class WritingServiceMethods extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (!targetClass.getPackageName().startsWith("org.cadreportal")
                    || !AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)) {
                return false;
            }
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            if (!AnnotatedElementUtils.hasAnnotation(specific, RolesAllowed.class)) {
                return false;
            }
            Transactional tx = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
            if (tx == null) {
                tx = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
            }
            return tx != null && !tx.readOnly();
        }
    }
}
