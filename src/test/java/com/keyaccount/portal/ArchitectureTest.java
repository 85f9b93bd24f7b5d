package com.keyaccount.portal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.archfixture.RuleViolations;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.SystemAuthentication;
import com.keyaccount.portal.security.SystemJobs;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The module rules every feature must keep: no cycles between features, a kernel that depends on no feature,
 * repositories, entities and views private to their feature, every public component method and every route
 * authorised, and the all-powerful system actor reserved for start-up and scheduled work.
 */
class ArchitectureTest {

    private static final String BASE = "com.keyaccount.portal";
    private static final String KERNEL = BASE + ".base";
    private static final String SHELL = KERNEL + ".ui";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /**
     * Public components whose public methods check no permission, each with the reason. Keep it short: a component
     * that reads or changes business data checks a permission; infrastructure is package-private where it can be.
     */
    private static final Map<Class<?>, String> OPEN_COMPONENTS = Map.of(
            CurrentUser.class, "reads the caller's own authentication; grants nothing and is needed before any check",
            PortalI18NProvider.class, "Vaadin's translation provider: serves message bundles, also to the login page");

    /** Public methods of otherwise authorised services that any caller may use, each with the reason. */
    private static final Map<String, String> OPEN_METHODS = Map.of(
            AuditService.class.getSimpleName() + ".record", "every module records its actions, whoever acts",
            AuditService.class.getSimpleName() + ".recordRefusal", "every module records what it refused, whoever asked");

    /**
     * The only libraries the kernel may use: the JDK, Spring, Jakarta EE, the lock of the scheduled jobs and Flyway
     * (the start-up check that the schema is utf8mb4 runs as a migration callback).
     */
    private static final String[] KERNEL_LIBRARIES = {"java..", "javax..", "jakarta..", "org.springframework..",
        "net.javacrumbs.shedlock..", "org.flywaydb.."};

    /** Set-up and demo data run before anyone signs in; {@code ..setup..} and {@code ..demo..} in any feature. */
    private static final Pattern SYSTEM_WORK_PACKAGE = Pattern.compile(
            Pattern.quote(BASE) + "(\\.\\w+)*\\.(setup|demo)(\\..*)?");

    private static final List<Class<? extends Annotation>> ROUTE_ACCESS = List.of(PermitAll.class,
            RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);

    private static final ArchRule KERNEL_RULE = classes().that(areInTheKernel())
            .should().onlyDependOnClassesThat(areInTheKernel().or(resideInAnyPackage(KERNEL_LIBRARIES)));

    private static final ArchRule ENTITY_RULE = classes().should(haveNoFieldTypedWithAnotherFeaturesEntity());

    private static final ArchRule VIEW_RULE = classes().should(useNoOtherFeaturesViews());

    private static final ArchRule COMPONENT_RULE = methods().that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat(areComponents())
            .and().areNotStatic()
            .and().areNotAnnotatedWith(Bean.class)
            .and(areNotOpenByDesign())
            .should(beAuthorised());

    private static final ArchRule ROUTE_RULE = classes().that().areAnnotatedWith(Route.class)
            .or().areAnnotatedWith(Layout.class)
            .should(haveOneOf(ROUTE_ACCESS));

    private static final ArchRule SYSTEM_ACTOR_RULE = noClasses().that(areNotSystemWork())
            .should().dependOnClassesThat().belongToAnyOf(SystemAuthentication.class, SystemJobs.class);

    /** Features by their top-level package; the shared shell {@code base.ui} is a slice of its own above the kernel {@code base}. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(BASE.length() + 1).split("\\.");
            if (parts[0].equals("base") && parts.length > 1 && parts[1].equals("ui")) {
                return SliceIdentifier.of("shell");
            }
            return SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "features of " + BASE;
        }
    };

    @Test
    void featuresHaveNoCycles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().resideInAPackage("..repository..").should(beAccessedOnlyFromTheirFeature()).check(CLASSES);
    }

    @Test
    void viewsNeverUseRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("..repository..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverUseEntities() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void theKernelDependsOnlyOnItselfAndLibraries() {
        KERNEL_RULE.check(CLASSES);
    }

    @Test
    void noFeatureMapsAnotherFeaturesEntity() {
        ENTITY_RULE.check(CLASSES);
    }

    @Test
    void noFeatureUsesAnotherFeaturesViews() {
        VIEW_RULE.check(CLASSES);
    }

    @Test
    void publicComponentMethodsDeclareWhoMayCallThem() {
        COMPONENT_RULE.check(CLASSES);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        ROUTE_RULE.check(CLASSES);
    }

    @Test
    void theSystemActorRunsOnlySetUpDemoDataAndScheduledJobs() {
        SYSTEM_ACTOR_RULE.check(CLASSES);
    }

    @Test
    void theRulesRejectWhatTheyForbid() {
        assertViolates(ENTITY_RULE, RuleViolations.ForeignEntityMapping.class);
        assertViolates(VIEW_RULE, RuleViolations.ForeignViewUse.class);
        assertViolates(COMPONENT_RULE, RuleViolations.UnguardedService.class);
        assertViolates(ROUTE_RULE, RuleViolations.UnguardedRoute.class);
        assertViolates(SYSTEM_ACTOR_RULE, RuleViolations.SystemActorInAView.class);
    }

    @Test
    void aScheduledJobMayRunAsTheSystemActor() {
        SYSTEM_ACTOR_RULE.allowEmptyShould(true)
                .check(new ClassFileImporter().importClasses(RuleViolations.NightlyReminder.class));
    }

    private static void assertViolates(ArchRule rule, Class<?> violation) {
        JavaClasses classes = new ClassFileImporter().importClasses(violation);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.getName());
    }

    private static DescribedPredicate<JavaClass> areInTheKernel() {
        return DescribedPredicate.describe("are in the kernel " + KERNEL + " (not the shell " + SHELL + ")",
                javaClass -> isInPackageTree(javaClass.getPackageName(), KERNEL)
                        && !isInPackageTree(javaClass.getPackageName(), SHELL));
    }

    private static boolean isInPackageTree(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    private static ArchCondition<JavaClass> haveNoFieldTypedWithAnotherFeaturesEntity() {
        return new ArchCondition<>("have no field typed with another feature's @Entity") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                String feature = featureOf(owner);
                for (JavaField field : owner.getFields()) {
                    for (JavaClass type : field.getAllInvolvedRawTypes()) {
                        if (type.isAnnotatedWith(Entity.class) && !feature.equals(featureOf(type))) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " maps "
                                    + type.getName() + " of feature " + featureOf(type)
                                    + ": keep its id and ask that feature's service"));
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useNoOtherFeaturesViews() {
        return new ArchCondition<>("use no other feature's ui package (the shell " + SHELL + " is shared)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String feature = featureOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String targetFeature = featureOf(target);
                    boolean view = isInPackageTree(target.getPackageName(), BASE + "." + targetFeature + ".ui");
                    if (view && !targetFeature.equals("base") && !targetFeature.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Spring beans by annotation: {@code @Component} itself or a stereotype carrying it ({@code @Service}, …).
     * Interfaces are Spring Data repositories even with {@code @Repository}: the repository rule keeps them private.
     */
    private static DescribedPredicate<JavaClass> areComponents() {
        return DescribedPredicate.describe("are Spring components", javaClass -> !javaClass.isInterface()
                && (javaClass.isAnnotatedWith(Component.class) || javaClass.isMetaAnnotatedWith(Component.class)));
    }

    private static DescribedPredicate<JavaMethod> areNotOpenByDesign() {
        return DescribedPredicate.describe("are not open by design " + OPEN_COMPONENTS.keySet() + " "
                + OPEN_METHODS.keySet(), method -> OPEN_COMPONENTS.keySet().stream()
                        .noneMatch(open -> method.getOwner().isEquivalentTo(open))
                && !OPEN_METHODS.containsKey(method.getOwner().getSimpleName() + "." + method.getName()));
    }

    /** A {@code @PreAuthorize} on the method or on its class; routes are covered by their access annotation instead. */
    private static ArchCondition<JavaMethod> beAuthorised() {
        return new ArchCondition<>("be annotated with @PreAuthorize (or their class be), unless they belong to a route") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                boolean authorised = method.isAnnotatedWith(PreAuthorize.class) || owner.isAnnotatedWith(PreAuthorize.class)
                        || owner.isAnnotatedWith(Route.class) || owner.isAnnotatedWith(Layout.class);
                if (!authorised) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " "
                            + method.getSourceCodeLocation() + " checks no permission"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveOneOf(List<Class<? extends Annotation>> annotations) {
        return new ArchCondition<>("be annotated with one of " + annotations.stream().map(Class::getSimpleName).toList()) {
            @Override
            public void check(JavaClass route, ConditionEvents events) {
                if (annotations.stream().noneMatch(route::isAnnotatedWith)) {
                    events.add(SimpleConditionEvent.violated(route, route.getName() + " in "
                            + route.getSourceCodeLocation() + " declares no access annotation"));
                }
            }
        };
    }

    /**
     * System work: set-up and demo packages, and scheduled jobs, i.e. classes with a {@code @Scheduled} method or
     * named {@code …Job}; lambdas belong to their class, nested and anonymous classes to the classes around them.
     */
    private static DescribedPredicate<JavaClass> areNotSystemWork() {
        return DescribedPredicate.describe("are not set-up, demo data or scheduled jobs", javaClass -> {
            for (JavaClass around = javaClass; around != null; around = around.getEnclosingClass().orElse(null)) {
                if (isSystemWork(around)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean isSystemWork(JavaClass javaClass) {
        return SYSTEM_WORK_PACKAGE.matcher(javaClass.getPackageName()).matches()
                || javaClass.getSimpleName().endsWith("Job")
                || javaClass.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Scheduled.class)
                        || method.isMetaAnnotatedWith(Scheduled.class))
                || javaClass.isEquivalentTo(SystemAuthentication.class) || javaClass.isEquivalentTo(SystemJobs.class);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirFeature() {
        return new ArchCondition<>("be accessed only from their own feature, outside its views") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    boolean sameFeature = feature.equals(featureOf(origin));
                    boolean fromView = origin.getPackageName().contains(".ui");
                    if (!sameFeature || fromView) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.startsWith(BASE + ".") ? name.substring(BASE.length() + 1).split("\\.")[0] : name;
    }
}
