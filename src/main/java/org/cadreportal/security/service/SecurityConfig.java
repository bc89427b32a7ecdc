package org.cadreportal.security.service;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.cadreportal.security.ui.LoginView;
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            @Value("${portal.security.hsts:false}") boolean hsts) throws Exception {
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
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
