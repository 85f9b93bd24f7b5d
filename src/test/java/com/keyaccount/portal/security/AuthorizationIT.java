package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.org.DataScope;
import com.keyaccount.portal.org.DataScopeService;
import com.keyaccount.portal.org.DepartmentDraft;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.OrgTestData;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The services themselves refuse what a role may not do. The refusal matrix is read from the annotations: every bean
 * method guarded by a {@link Permissions} expression is called as every demo login, and refuses exactly those whose
 * roles lack the permission.
 */
class AuthorizationIT extends AbstractIntegrationTest {

    /** The demo logins, one per role (the administrator also holds EMPLOYEE). */
    private static final List<String> DEMO_LOGINS = List.of(DemoUsers.ADMIN, DemoUsers.GENERAL_MANAGER,
            DemoUsers.DEPARTMENT_HEAD, DemoUsers.MANAGER, DemoUsers.EMPLOYEE);

    /** The foundation alone guards 28 methods with a permission; far fewer means the scan lost them. */
    private static final int MIN_GUARDED_METHODS = 20;

    @Autowired
    EmployeeService employees;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditService audit;
    @Autowired
    DataScopeService dataScopes;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlatformTransactionManager transactions;

    /** A public bean method whose {@code @PreAuthorize} is one of the {@code Permissions.*.HAS_*} expressions. */
    record GuardedMethod(String beanName, Method method, String permission) {

        String describe() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGuardedMethodRefusesExactlyTheRolesWithoutItsPermission() {
        List<GuardedMethod> guarded = guardedMethods();
        assertThat(guarded).as("methods guarded by a Permissions expression").hasSizeGreaterThanOrEqualTo(MIN_GUARDED_METHODS);
        Map<String, Set<String>> permissions = new HashMap<>();
        DEMO_LOGINS.forEach(login -> permissions.put(login, permissionsOf(login)));
        assertThat(guarded).as("some call is refused to some demo login").anySatisfy(method ->
                assertThat(permissions.values()).anySatisfy(held -> assertThat(held).doesNotContain(method.permission())));

        return guarded.stream().flatMap(method -> DEMO_LOGINS.stream().map(login -> {
            boolean holds = permissions.get(login).contains(method.permission());
            String name = method.describe() + " as " + login + (holds ? " (holds " : " (lacks ") + method.permission() + ")";
            return dynamicTest(name, () -> {
                Throwable thrown = demo.as(login, () -> invoke(method));
                if (holds) {
                    assertThat(thrown instanceof AccessDeniedException).as("%s refused: %s", name, thrown).isFalse();
                } else {
                    assertThat(thrown).as(name).isInstanceOf(AccessDeniedException.class);
                }
            });
        }));
    }

    private Set<String> permissionsOf(String login) {
        return Role.permissionsOf(((PortalUser) users.loadUserByUsername(login)).roles());
    }

    /** Every bean of the portal, scanned for public methods guarded (on the method or the class) by a permission. */
    private List<GuardedMethod> guardedMethods() {
        Map<String, String> permissionOfExpression = permissionExpressions();
        List<GuardedMethod> guarded = new ArrayList<>();
        for (String beanName : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(beanName);
            if (type == null || !ClassUtils.getUserClass(type).getPackageName().startsWith("com.keyaccount.portal")) {
                continue;
            }
            Class<?> beanClass = ClassUtils.getUserClass(type);
            for (Method method : beanClass.getMethods()) {
                PreAuthorize check = Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class))
                        .orElseGet(() -> AnnotatedElementUtils.findMergedAnnotation(beanClass, PreAuthorize.class));
                boolean callable = !method.isBridge() && !Modifier.isStatic(method.getModifiers())
                        && method.getDeclaringClass() != Object.class;
                if (callable && check != null && permissionOfExpression.containsKey(check.value())) {
                    guarded.add(new GuardedMethod(beanName, method, permissionOfExpression.get(check.value())));
                }
            }
        }
        guarded.sort(Comparator.comparing(GuardedMethod::describe));
        return guarded;
    }

    /** {@code hasRole('org:read')} → {@code org:read}, from every {@code HAS_} constant of {@link Permissions}. */
    private static Map<String, String> permissionExpressions() {
        Map<String, String> expressions = new HashMap<>();
        for (Class<?> module : Permissions.class.getDeclaredClasses()) {
            for (Field field : module.getDeclaredFields()) {
                if (field.getName().startsWith("HAS_")) {
                    Field permission = ReflectionUtils.findField(module, field.getName().substring("HAS_".length()));
                    expressions.put((String) ReflectionUtils.getField(field, null),
                            (String) ReflectionUtils.getField(permission, null));
                }
            }
        }
        return expressions;
    }

    /**
     * Calls the method through the bean's proxy with default arguments and returns what it threw, if anything. The
     * call runs in a transaction rolled back afterwards, so a permitted call with harmless arguments changes nothing.
     */
    private Throwable invoke(GuardedMethod guarded) {
        Object bean = context.getBean(guarded.beanName());
        Method method = AopUtils.selectInvocableMethod(guarded.method(), bean.getClass());
        ReflectionUtils.makeAccessible(method);
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(AuthorizationIT::defaultValue).toArray();
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return null;
            } catch (InvocationTargetException e) {
                return e.getTargetException();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Zero, false, an empty collection, map, optional or array, or null. */
    private static Object defaultValue(Class<?> type) {
        if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0);
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        if (type == Object.class) {
            return null;
        }
        return Stream.of(List.of(), Set.of(), Map.of(), Optional.empty()).filter(type::isInstance).findFirst()
                .orElse(null);
    }

    @Test
    void everyoneSignedInMayReadTheDirectoryButNobodyAnonymous() {
        for (String user : List.of(DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            assertThat(demo.as(user, () -> departments.findAll())).isNotEmpty();
        }
        assertThatThrownBy(() -> departments.findAll()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.changeOwnLocale(Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void administratorsMayReadTheAuditLog() {
        assertThat(demo.as(DemoUsers.ADMIN, () -> audit.find(AuditFilter.none(), PageRequest.of(0, 10))))
                .isNotEmpty();
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnRecords() {
        DataScope scope = demo.as(DemoUsers.EMPLOYEE, dataScopes::currentScope);
        long self = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0004").id());
        long colleague = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0005").id());
        assertThat(scope.kind()).isEqualTo(DataScopeKind.SELF);
        assertThat(scope.includes(self, null)).isTrue();
        assertThat(scope.includes(colleague, null)).isFalse();
    }

    @Test
    void aManagerSeesTheirTeamAndTheTeamsDepartment() {
        DataScope scope = demo.as(DemoUsers.MANAGER, dataScopes::currentScope);
        assertThat(scope.kind()).isEqualTo(DataScopeKind.TEAM);
        assertThat(scope.employeeIds()).containsAll(demo.as(DemoUsers.ADMIN,
                () -> List.of("HD0003", "HD0004", "HD0005", "HD0006").stream().map(n -> org.employee(n).id()).toList()))
                .doesNotContain(demo.as(DemoUsers.ADMIN, () -> org.employee("HD0007").id()));
        assertThat(scope.departmentIds()).containsExactly(demo.as(DemoUsers.ADMIN, () -> org.department("KA1").id()));
    }

    @Test
    void aDepartmentHeadSeesTheirDepartmentAndItsTeams() {
        DataScope scope = demo.as(DemoUsers.DEPARTMENT_HEAD, dataScopes::currentScope);
        assertThat(scope.kind()).isEqualTo(DataScopeKind.DEPARTMENT_TREE);
        assertThat(scope.departmentIds()).containsAll(demo.as(DemoUsers.ADMIN,
                () -> List.of("KA", "KA1", "KA2").stream().map(c -> org.department(c).id()).toList()));
        long sales = demo.as(DemoUsers.ADMIN, () -> org.department("SALES").id());
        long leaver = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0010").id());
        assertThat(scope.includes(null, sales)).isFalse();
        assertThat(scope.departmentIds()).doesNotContain(demo.as(DemoUsers.ADMIN, () -> org.department("HQ").id()));
        assertThat(scope.employeeIds()).as("leavers' records stay visible").contains(leaver);
    }

    @Test
    void aDirectorSeatedAtTheCompanyWhoHeadsADepartmentSeesThatDepartmentNotTheCompany() {
        long hq = demo.as(DemoUsers.ADMIN, () -> org.department("HQ").id());
        String suffix = String.valueOf(System.nanoTime() % 100000);
        long unit = demo.as(DemoUsers.ADMIN, () -> departments.save(department("DIR" + suffix, "直销部",
                DepartmentKind.DEPARTMENT, hq)));
        long team = demo.as(DemoUsers.ADMIN, () -> departments.save(department("DIRT" + suffix, "直销一组",
                DepartmentKind.TEAM, unit)));
        EmployeeDraft director = EmployeeFixtures.newEmployee("直销总监", hq);
        director.setRoles(EnumSet.of(Role.DEPARTMENT_HEAD));
        long directorId = demo.as(DemoUsers.ADMIN, () -> employees.create(director));
        DepartmentDraft appoint = DepartmentDraft.of(demo.as(DemoUsers.ADMIN,
                () -> departments.findAll().stream().filter(d -> d.id() == unit).findFirst().orElseThrow()));
        appoint.setHeadId(directorId);
        demo.run(DemoUsers.ADMIN, () -> departments.save(appoint));

        DataScope scope = demo.as(director.getUsername(), dataScopes::currentScope);
        assertThat(scope.departmentIds()).containsExactlyInAnyOrder(unit, team);
        assertThat(scope.includes(null, hq)).isFalse();
        assertThat(SystemAuthentication.call(() -> dataScopes.scopeFor(directorId))).isEqualTo(scope);
    }

    @Test
    void theSystemAdministratorSeesNoBusinessDataBeyondTheirOwn() {
        DataScope scope = demo.as(DemoUsers.ADMIN, dataScopes::currentScope);
        long self = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0016").id());
        long colleague = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0015").id());
        assertThat(scope.kind()).isEqualTo(DataScopeKind.SELF);
        assertThat(scope.employeeIds()).containsExactly(self);
        assertThat(scope.departmentIds()).isEmpty();
        assertThat(scope.includes(colleague, null)).isFalse();
    }

    @Test
    void onlySystemJobsResolveSomeoneElsesScope() {
        long liuyang = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0003").id());
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> dataScopes.scopeFor(liuyang)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.call(() -> dataScopes.scopeFor(liuyang)))
                .isEqualTo(demo.as(DemoUsers.MANAGER, dataScopes::currentScope));
    }

    @Test
    void theGeneralManagerSeesEverything() {
        DataScope scope = demo.as(DemoUsers.GENERAL_MANAGER, dataScopes::currentScope);
        assertThat(scope.isAll()).isTrue();
        assertThat(scope.departmentIds()).containsAll(demo.as(DemoUsers.ADMIN,
                () -> departments.findAll().stream().map(DepartmentSummary::id).toList()));
    }

    private static DepartmentDraft department(String code, String name, DepartmentKind kind, Long parentId) {
        DepartmentDraft draft = new DepartmentDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(kind);
        draft.setParentId(parentId);
        return draft;
    }
}
