package com.keyaccount.portal;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs test code as a demo user loaded from the database, exactly as a login would see them. */
@Component
public class DemoUsers {

    public static final String PASSWORD = "Portal@2026";
    public static final String ADMIN = "admin";
    public static final String GENERAL_MANAGER = "wangjianguo";
    public static final String DEPARTMENT_HEAD = "chenzhiqiang";
    public static final String MANAGER = "liuyang";
    public static final String EMPLOYEE = "zhangwei";
    public static final String LEAVER = "zhenghao";

    private final UserDetailsService users;

    public DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
