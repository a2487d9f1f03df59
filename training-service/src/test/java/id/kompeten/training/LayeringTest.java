package id.kompeten.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, rest → service → domain: the API layer maps requests and views, services hold the
 * rules and transactions, the domain knows neither. A plain JUnit test, run with the unit tests.
 */
class LayeringTest {

    private static final JavaClasses TRAINING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kompeten.training");

    @Test
    void servicesDoNotDependOnTheApiLayer() {
        noClasses().that().resideInAPackage("id.kompeten.training.service..")
                .should().dependOnClassesThat().resideInAPackage("id.kompeten.training.rest..")
                .check(TRAINING);
    }

    @Test
    void theDomainDependsOnNeitherServicesNorTheApiLayer() {
        noClasses().that().resideInAPackage("id.kompeten.training.domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("id.kompeten.training.service..", "id.kompeten.training.rest..")
                .check(TRAINING);
    }
}
