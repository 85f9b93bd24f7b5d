package com.keyaccount.portal.security;

import com.keyaccount.portal.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Login through the Vaadin login view, users from the database, {@code @PreAuthorize} on every service method.
 * JSR-250 method security stays off: it would proxy the views, which Vaadin already guards by their {@code @RolesAllowed}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            SessionRegistry sessionRegistry) throws Exception {
        http.authenticationManager(authenticationManager);
        // Before the Vaadin configurer, which denies every request it does not know.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/styles.css", "/styles/**", "/images/**").permitAll()
                .requestMatchers("/webjars/**", "/js/**").authenticated());
        // The print views preview their PDF in an iframe of the portal itself; other sites still may not frame it.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        // Registered sessions can be ended when an account's rights change (SessionTerminator).
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends by timeout or logout. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher eventPublisher) {
        // the login form reserves each attempt against the lock-out limit before the password is compared
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users::loadForLogin);
        provider.setPasswordEncoder(passwordEncoder);
        // A lock applies before the password is checked (no guessing while locked); "disabled" (the person left)
        // is told only to whoever knows the password, so it does not reveal which accounts exist.
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(eventPublisher);
        return manager;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Stores {@code {bcrypt}…} hashes and still reads any other id a future upgrade writes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
