package id.kompeten.enrollment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, rest → service → domain: the API layer maps requests and views, services hold the
 * rules, access checks and transactions, the domain knows neither; settings are read by services, not by the domain.
 * A plain JUnit test, run with the unit tests.
 */
class LayeringTest {

    private static final JavaClasses ENROLLMENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kompeten.enrollment");

    @Test
    void servicesDoNotDependOnTheApiLayer() {
        noClasses().that().resideInAPackage("id.kompeten.enrollment.service..")
                .should().dependOnClassesThat().resideInAPackage("id.kompeten.enrollment.rest..")
                .check(ENROLLMENT);
    }

    @Test
    void theDomainDependsOnNeitherServicesNorTheApiLayerNorSettings() {
        noClasses().that().resideInAPackage("id.kompeten.enrollment.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kompeten.enrollment.service..",
                        "id.kompeten.enrollment.rest..", "id.kompeten.enrollment.config..")
                .check(ENROLLMENT);
    }

    @Test
    void theApiLayerLeavesPersistenceToServices() {
        // Resources are thin: no repository, entity manager or transaction of their own.
        noClasses().that().resideInAPackage("id.kompeten.enrollment.rest..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
                .check(ENROLLMENT);
    }
}
