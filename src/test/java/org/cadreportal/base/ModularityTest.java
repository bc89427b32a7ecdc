package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cadreportal.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages keep their boundaries, and no view reaches past its service. */
// No Spring, no shared state: runs beside the view tests (pom.xml, surefire).
@Execution(ExecutionMode.CONCURRENT)
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cadreportal");

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }

    /**
     * The registry, the 一人一档 archive and the frontline inspections are three modules, each leaning only
     * on the API of the one before: an inspection's 一线 type is an archive term, an archive entry is a
     * cadre's, and the registry knows neither (they add to its page and timeline through its SPIs).
     */
    @Test
    void theRegistryTheArchiveAndTheInspectionsAreThreeModules() {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        ApplicationModule cadre = modules.getModuleByName("cadre").orElseThrow();
        ApplicationModule archive = modules.getModuleByName("archive").orElseThrow();
        ApplicationModule inspection = modules.getModuleByName("inspection").orElseThrow();
        System.out.println(cadre + "\n" + archive + "\n" + inspection);
        assertThat(cadre.getDirectDependencies(modules).uniqueModules()).doesNotContain(archive, inspection);
        assertThat(archive.getDirectDependencies(modules).uniqueModules()).contains(cadre).doesNotContain(inspection);
        assertThat(inspection.getDirectDependencies(modules).uniqueModules()).contains(cadre, archive);
    }

    @Test
    void supervisionStatesItsEscalationsAndAdjustmentListens() {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        assertThat(modules.getModuleByName("supervision").orElseThrow().getDirectDependencies(modules)
                .containsModuleNamed("adjustment")).as("supervision must not depend on adjustment").isFalse();
    }

    @Test
    void noViewTouchesARepository() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void noViewTouchesAnEntity() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("org.cadreportal..domain..")
                .check(CLASSES);
    }
}
