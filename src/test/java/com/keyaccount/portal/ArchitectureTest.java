package com.keyaccount.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The module rules every feature must keep: no cycles between features, repositories private to their feature,
 * views on services and records only, every public service method authorised.
 */
class ArchitectureTest {

    private static final String BASE = "com.keyaccount.portal";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

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
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".base").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".security..", BASE + ".org..", BASE + ".audit..", BASE + ".workbench..",
                        BASE + ".printing..", BASE + ".demo..", BASE + ".base.ui..")
                .check(CLASSES);
    }

    @Test
    void publicServiceMethodsDeclareWhoMayCallThem() {
        Set<String> openByDesign = Set.of("AuditService.record", "AuditService.recordAs");
        methods().that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and(new DescribedPredicate<JavaMethod>("not open by design") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return !openByDesign.contains(method.getOwner().getSimpleName() + "." + method.getName())
                                && !method.getOwner().getPackageName().endsWith(".printing");
                    }
                })
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
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
