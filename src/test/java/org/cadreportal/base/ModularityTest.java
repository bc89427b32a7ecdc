package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cadreportal.Application;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages keep their boundaries, and no view reaches past its service. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cadreportal");

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
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
