package com.keyaccount.portal.demo;

import com.keyaccount.portal.security.PortalUser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The demo people acting through the services, each signed in as a login would be. */
@Component
class DemoActors {

    private final UserDetailsService users;
    private final Map<String, PortalUser> actors = new ConcurrentHashMap<>();

    DemoActors(UserDetailsService users) {
        this.users = users;
    }

    PortalUser actor(String username) {
        return actors.computeIfAbsent(username, name -> (PortalUser) users.loadUserByUsername(name));
    }

    void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    <T> T as(String username, Supplier<T> work) {
        PortalUser user = actor(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
