package com.keyaccount.archfixture;

import com.keyaccount.portal.org.Employee;
import com.keyaccount.portal.org.ui.EmployeesView;
import com.keyaccount.portal.security.SystemAuthentication;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deliberate breaches of {@code ArchitectureTest}'s rules, one per class, so that test can show each rule still
 * rejects what it forbids. Outside the portal's package on purpose: neither Spring's component scan nor Vaadin's
 * route scan sees them.
 */
public final class RuleViolations {

    private RuleViolations() {
    }

    /** Another feature's entity as a mapped collection. */
    public static class ForeignEntityMapping {
        List<Employee> owners;
    }

    /** Another feature's view. */
    public static class ForeignViewUse {
        EmployeesView view;
    }

    /** A public service method that checks no permission. */
    @Service
    public static class UnguardedService {
        public void act() {
        }
    }

    /** A route without an access annotation. */
    @Route("rule-violation")
    public static class UnguardedRoute extends Div {
    }

    /** The system actor used outside set-up, demo data and scheduled jobs. */
    public static class SystemActorInAView {
        void save() {
            SystemAuthentication.run(() -> { });
        }
    }

    /** A scheduled job: may run as the system actor. */
    public static class NightlyReminder {
        @Scheduled(cron = "0 0 2 * * *")
        void remind() {
            SystemAuthentication.run(() -> { });
        }
    }
}
