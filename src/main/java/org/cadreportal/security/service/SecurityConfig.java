package org.cadreportal.security.service;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.cadreportal.security.SignInEvent;
import org.cadreportal.security.domain.UserAccountRepository;
import org.cadreportal.security.ui.LoginView;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login on the portal's own login view, view access checked by Vaadin from each view's
 * annotation, and method security on every service.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /**
     * As strict as Vaadin Flow allows: its bootstrap page carries inline scripts and its client runs the
     * server's {@code executeJs} through {@code new Function}, and Lumo and components set inline styles.
     * Everything else comes from the portal itself; no plug-ins, no framing by another site, no base tag.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService details, PasswordEncoder encoder,
                                                LoginThrottle throttle, UserAccountRepository users,
                                                ApplicationEventPublisher events,
                                                AuthenticationEventPublisher authenticationEvents) {
        // The only provider, and no parent: Spring's default one would check the password of an account
        // that must wait, and tell a disabled account apart before its password.
        ProviderManager manager = new ProviderManager(
                new ThrottledAuthenticationProvider(details, encoder, throttle, users, events));
        manager.setAuthenticationEventPublisher(authenticationEvents);
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            ApplicationEventPublisher events,
                                            @Value("${portal.security.hsts:false}") boolean hsts) throws Exception {
        http.authenticationManager(authenticationManager);
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof PortalUserDetails user) {
                events.publishEvent(new SignInEvent(SignInEvent.Kind.SIGNED_OUT, user.user().username(),
                        user.user().displayName(), user.user().userId(), request.getRemoteAddr()));
            }
        }));
        // The headers are written before the request runs: written lazily (Spring's default) they never
        // reached the pages Vaadin serves, only Spring's own redirects and errors. Vaadin sets its own cache
        // headers (no-store on its JSON, long caching for hashed bundle files), so Spring's blanket no-store
        // stays off. Spring's HSTS writer is always on; ours follows portal.security.hsts, so only an
        // installation reached over HTTPS (the mariadb profile) tells browsers to refuse plain HTTP.
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .cacheControl(cache -> cache.disable())
                .httpStrictTransportSecurity(spring -> spring.disable())
                .addHeaderWriter(strictTransportSecurity(hsts))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // The portal's own stylesheet and images are public: the login page needs them too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // An address no view has needs a signed-in user, like any view (a visitor is sent to sign in), and is
        // then answered by Vaadin with the not-found page and 404; Vaadin's default refuses it with a bare 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(other -> other.authenticated())).build();
    }

    /** Like Spring's, the header goes only on HTTPS requests (RFC 6797 forbids it over plain HTTP). */
    static HeaderWriter strictTransportSecurity(boolean enabled) {
        if (!enabled) {
            return (request, response) -> { };
        }
        return new HstsHeaderWriter(HSTS_MAX_AGE.toSeconds(), true);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
