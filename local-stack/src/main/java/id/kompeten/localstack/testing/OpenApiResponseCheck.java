package id.kompeten.localstack.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Installs {@link OpenApiResponseFilter} before every {@code @QuarkusTest} method of a module, so every API call of
 * every test is checked against the OpenAPI document without any test asking for it. A module turns it on with a
 * test resource {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback} containing
 * this class's name. Quarkus runs the callback in the test's class loader, so the filter lands in the RestAssured
 * the tests use.
 */
public class OpenApiResponseCheck implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiResponseFilter.install();
    }
}
