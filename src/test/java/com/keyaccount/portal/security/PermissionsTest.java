package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.expression.EvaluationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The permission catalogue is consistent end to end: every permission is granted by a role and checked by a service
 * or a view, every check names a declared permission, and what {@link PortalUser} grants is exactly what
 * {@code hasRole} (services) and the request's {@code isUserInRole} (Vaadin's {@code @RolesAllowed}) look for.
 */
class PermissionsTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.keyaccount.portal");

    /** The role names inside {@code hasRole('…')} and {@code hasAnyRole('…', '…')}. */
    private static final Pattern ROLE_CHECK = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Test
    void everyPermissionIsGrantedToSomeRole() {
        Set<String> granted = Role.permissionsOf(EnumSet.allOf(Role.class));
        assertThat(Permissions.all()).isNotEmpty().allSatisfy(permission -> assertThat(granted)
                .as("roles granting %s", permission).contains(permission));
    }

    @Test
    void rolesGrantOnlyDeclaredPermissions() {
        assertThat(Role.permissionsOf(EnumSet.allOf(Role.class))).isSubsetOf(Permissions.all());
    }

    @Test
    void everyPermissionIsCheckedByAServiceOrAView() {
        Set<String> checked = checkedRoles().keySet();
        assertThat(Permissions.all()).allSatisfy(permission -> assertThat(checked)
                .as("@PreAuthorize or @RolesAllowed naming %s", permission).contains(permission));
    }

    @Test
    void everyCheckNamesADeclaredPermission() {
        Map<String, List<String>> checked = checkedRoles();
        assertThat(checked).as("role checks in @PreAuthorize and @RolesAllowed").isNotEmpty();
        checked.forEach((role, where) -> assertThat(Permissions.all())
                .as("permission checked by %s", where).contains(role));
    }

    @Test
    void everyHasExpressionChecksItsOwnPermission() {
        List<Field> expressions = constants().filter(field -> field.getName().startsWith("HAS_")).toList();
        assertThat(expressions).isNotEmpty().allSatisfy(expression -> {
            String permission = value(field(expression.getDeclaringClass(),
                    expression.getName().substring("HAS_".length())));
            assertThat(value(expression)).as(expression.toString()).isEqualTo("hasRole('" + permission + "')");
        });
    }

    @Test
    void theAuthorityOfAPermissionIsItsRole() {
        assertThat(Permissions.authority(Permissions.Org.READ)).isEqualTo("ROLE_" + Permissions.Org.READ);
    }

    @Test
    void aPortalUserGrantsTheAuthorityOfEachPermissionOfTheirRoles() {
        for (Role role : Role.values()) {
            Set<String> authorities = authoritiesOf(portalUser(role));
            for (String permission : Permissions.all()) {
                assertThat(authorities.contains(Permissions.authority(permission)))
                        .as("%s granted the authority of %s", role, permission)
                        .isEqualTo(role.permissions().contains(permission));
            }
        }
    }

    @Test
    void serviceExpressionsAndViewRoleChecksSeeExactlyTheRolesPermissions() {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        List<Field> expressions = constants().filter(field -> field.getName().startsWith("HAS_")).toList();
        for (Role role : Role.values()) {
            PortalUser user = portalUser(role);
            Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities());
            EvaluationContext context = handler.createEvaluationContext(() -> authentication,
                    new SimpleMethodInvocation(user, ReflectionUtils.findMethod(PortalUser.class, "roles")));
            for (Field expression : expressions) {
                String permission = expression.getName().substring("HAS_".length());
                boolean holds = role.permissions().contains(value(field(expression.getDeclaringClass(), permission)));
                assertThat(handler.getExpressionParser().parseExpression(value(expression))
                        .getValue(context, Boolean.class))
                        .as("%s passes %s", role, value(expression)).isEqualTo(holds);
            }
            for (String permission : Permissions.all()) {
                assertThat(isUserInRole(authentication, permission))
                        .as("%s is in the view role %s", role, permission)
                        .isEqualTo(role.permissions().contains(permission));
            }
        }
    }

    /** Vaadin checks {@code @RolesAllowed} through the request's {@code isUserInRole}, which Spring Security wraps. */
    private static boolean isUserInRole(Authentication authentication, String role) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return new SecurityContextHolderAwareRequestWrapper(new MockHttpServletRequest(), "ROLE_")
                    .isUserInRole(role);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every role named by {@code @PreAuthorize} or {@code @RolesAllowed} on a main class or method, with where. */
    private static Map<String, List<String>> checkedRoles() {
        Map<String, List<String>> checked = new TreeMap<>();
        for (JavaClass javaClass : MAIN_CLASSES) {
            collect(javaClass, javaClass.getName(), checked);
            javaClass.getMethods().forEach(method -> collect(method, method.getFullName(), checked));
        }
        return checked;
    }

    private static void collect(HasAnnotations<?> element, String where, Map<String, List<String>> checked) {
        List<String> roles = new ArrayList<>();
        if (element.isAnnotatedWith(PreAuthorize.class)) {
            String expression = element.getAnnotationOfType(PreAuthorize.class).value();
            Matcher check = ROLE_CHECK.matcher(expression);
            while (check.find()) {
                QUOTED.matcher(check.group(1)).results().forEach(quoted -> roles.add(quoted.group(1)));
            }
        }
        if (element.isAnnotatedWith(RolesAllowed.class)) {
            roles.addAll(Arrays.asList(element.getAnnotationOfType(RolesAllowed.class).value()));
        }
        roles.forEach(role -> checked.computeIfAbsent(role, r -> new ArrayList<>()).add(where));
    }

    private static PortalUser portalUser(Role role) {
        UserAccount account = new UserAccount(1L, "tester", "{noop}x", Set.of(role), Instant.EPOCH);
        // the id is the database's to give; a signed-in person always has one
        ReflectionTestUtils.setField(account, "id", 1L);
        return new PortalUser(account, new AccountHolder(1L, "测试", "行政部", true), true);
    }

    private static Set<String> authoritiesOf(PortalUser user) {
        Set<String> authorities = new TreeSet<>();
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(authorities::add);
        return authorities;
    }

    private static Stream<Field> constants() {
        return Arrays.stream(Permissions.class.getDeclaredClasses())
                .flatMap(module -> Arrays.stream(module.getDeclaredFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class);
    }

    private static Field field(Class<?> module, String name) {
        try {
            return module.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(module.getName() + " declares no permission " + name, e);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
