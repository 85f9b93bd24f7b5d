package com.keyaccount.portal.audit;

import com.keyaccount.portal.security.CurrentUser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Records every service call that method security refuses ({@code @PreAuthorize}): who, which operation and which
 * permission it needed, in a transaction of its own, since the refused call's transaction rolls back. Method security
 * publishes the refusals through the {@link AuthorizationEventPublisher} bean declared here (without it, it publishes
 * nothing). Refused web requests (an anonymous visitor sent to the login) are left out: they are no one's attempt.
 */
@Configuration(proxyBeanMethods = false)
class AccessDeniedAuditListener {

    private static final Pattern ROLE = Pattern.compile("hasRole\\('([^']+)'\\)");

    private final AuditWriter writer;
    private final CurrentUser currentUser;

    AccessDeniedAuditListener(AuditWriter writer, CurrentUser currentUser) {
        this.writer = writer;
        this.currentUser = currentUser;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof MethodInvocation invocation)) {
            return;
        }
        String operation = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
        writer.writeIndependently(currentUser.actorName(), AuditActions.ACCESS_DENIED, null, null,
                AuditDetail.of("audit.detail.accessDenied", operation, requirement(event.getAuthorizationResult())),
                AuditWriter.currentRemoteAddress());
    }

    /** The permissions the refused check asked for ({@code user:manage}), else the check's expression. */
    static String requirement(AuthorizationResult result) {
        if (!(result instanceof ExpressionAuthorizationDecision decision)) {
            return "";
        }
        String expression = decision.getExpression().getExpressionString();
        Matcher roles = ROLE.matcher(expression);
        String permissions = roles.results().map(match -> match.group(1)).collect(Collectors.joining(","));
        return permissions.isEmpty() ? expression : permissions;
    }
}
