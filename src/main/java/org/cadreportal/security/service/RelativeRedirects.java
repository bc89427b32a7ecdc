package org.cadreportal.security.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect the portal sends names a path on this server, never a host: Spring Security builds the
 * "back to the page you asked for" URL after sign-in from the request's {@code Host} header, which the client
 * chooses, so {@code Host: evil.example} would send a user off-site. A redirect to the request's own host is
 * cut down to its path; Tomcat's own are relative already ({@code server.tomcat.use-relative-redirects}).
 */
@Configuration
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void sendRedirect(String location) throws IOException {
                        super.sendRedirect(relative(location, request));
                    }

                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, request) : value);
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, request) : value);
                    }
                });
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The location's path, query and fragment when it points at the host this request was addressed to. */
    static String relative(String location, HttpServletRequest request) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
