package id.kompeten.platform.openapi;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.OpenApiContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The platform's own test application (its test resources, filtered by the platform's OpenAPI filters) meets the
 * contract every service's document must meet.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OpenApiContractTest {

    @Test
    void documentIsReadyForClientGenerators() {
        OpenApiContract.assertReadyForClientGenerators();
    }
}
