package com.keyaccount.portal.security;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up and scheduled work as the {@code system} actor with every permission, then restores the caller. */
public final class SystemAuthentication {

    public static final String SYSTEM_ACTOR = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        var authorities = Role.permissionsOf(EnumSet.allOf(Role.class)).stream().map(Permissions::authority).map(SimpleGrantedAuthority::new).toList();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_ACTOR, null, authorities));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
