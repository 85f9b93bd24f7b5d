package com.keyaccount.portal;

import com.keyaccount.portal.inbox.InboxContributor;
import com.keyaccount.portal.inbox.InboxTask;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.workbench.WorkbenchCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * What the coming modules will contribute to the shell, for the shell's view tests: an inbox whose tasks a test sets
 * per employee, an inbox contributor and a workbench card that always fail, and cards with and without a permission.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ShellContributions {

    /** Tasks per employee id, set by a test and cleared after it. */
    public static final Map<Long, List<InboxTask>> TASKS = new ConcurrentHashMap<>();

    @Bean
    InboxContributor testInbox() {
        return employeeId -> TASKS.getOrDefault(employeeId, List.of());
    }

    @Bean
    InboxContributor brokenInbox() {
        return employeeId -> {
            throw new IllegalStateException("a module whose inbox query fails");
        };
    }

    @Bean
    @Order(20)
    WorkbenchCard secondCard() {
        return card("menu.audit", Optional.empty(), List.of(WorkbenchLine.text("workbench.greeting", "二号")));
    }

    @Bean
    @Order(10)
    WorkbenchCard firstCard() {
        return card("menu.inbox", Optional.empty(), List.of(WorkbenchLine.link("menu.changePassword", "account/password"),
                new WorkbenchLine("workbench.greeting", List.of("逾期"), null, true)));
    }

    @Bean
    @Order(30)
    WorkbenchCard administratorsCard() {
        return card("menu.employees", Optional.of(Permissions.Users.MANAGE),
                List.of(WorkbenchLine.text("workbench.greeting", "管理员")));
    }

    @Bean
    @Order(40)
    WorkbenchCard emptyCard() {
        return card("menu.departments", Optional.empty(), List.of());
    }

    @Bean
    @Order(15)
    WorkbenchCard brokenCard() {
        return new WorkbenchCard() {
            @Override
            public String titleKey() {
                return "menu.workbench";
            }

            @Override
            public List<WorkbenchLine> linesFor(long employeeId) {
                throw new IllegalStateException("a module whose card query fails");
            }
        };
    }

    private static WorkbenchCard card(String titleKey, Optional<String> permission, List<WorkbenchLine> lines) {
        return new WorkbenchCard() {
            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public Optional<String> requiredPermission() {
                return permission;
            }

            @Override
            public List<WorkbenchLine> linesFor(long employeeId) {
                return lines;
            }
        };
    }
}
