package com.keyaccount.portal.setup;

import com.keyaccount.portal.org.DepartmentDraft;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.EducationLevel;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmptyOrgInitializer;
import com.keyaccount.portal.security.Role;
import com.keyaccount.portal.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start of a production database: when {@code PORTAL_ADMIN_PASSWORD} is set and the organisation is still
 * empty, creates the company and one system administrator who then builds the rest in the admin views. Does
 * nothing on a database that already has an organisation (the demo company included: it runs after the demo
 * loader), so the variable may stay set; still, unset it once the administrator has changed the password.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final DepartmentService departments;
    private final EmployeeService employees;
    private final EmptyOrgInitializer initializer;
    private final Clock clock;
    private final ZoneId zone;
    private final String companyName;
    private final String username;
    private final String password;

    FirstAdministrator(DepartmentService departments, EmployeeService employees, EmptyOrgInitializer initializer,
            Clock clock, ZoneId businessZone,
            @Value("${portal.setup.company-name}") String companyName,
            @Value("${portal.setup.admin-username}") String username,
            @Value("${portal.setup.admin-password:}") String password) {
        this.departments = departments;
        this.employees = employees;
        this.initializer = initializer;
        this.clock = clock;
        this.zone = businessZone;
        this.companyName = companyName;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            return;
        }
        SystemAuthentication.run(() -> initializer.runIfEmpty(() -> {
            DepartmentDraft company = new DepartmentDraft();
            company.setCode("HQ");
            company.setName(companyName);
            company.setKind(DepartmentKind.COMPANY);
            long companyId = departments.save(company);

            EmployeeDraft admin = new EmployeeDraft();
            admin.setEmployeeNo("ADMIN");
            admin.setDisplayName(username);
            admin.setDepartmentId(companyId);
            admin.setHireDate(LocalDate.now(clock.withZone(zone)));
            admin.setEducation(EducationLevel.BACHELOR);
            admin.setUsername(username);
            admin.setInitialPassword(password);
            admin.setRoles(EnumSet.of(Role.ADMIN));
            employees.create(admin);
            log.info("Created the company '{}' and the first system administrator '{}'", companyName, username);
        }));
    }
}
