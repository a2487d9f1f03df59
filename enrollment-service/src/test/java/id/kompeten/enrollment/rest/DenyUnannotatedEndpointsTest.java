package id.kompeten.enrollment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service holds personal data, so an endpoint without a security annotation is refused to everyone rather than
 * open to anyone (quarkus.security.jaxrs.deny-unannotated-endpoints). What is meant to be public stays public.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class DenyUnannotatedEndpointsTest {

    private static final String PROBE = "/test-probe/unannotated";

    @Test
    void anEndpointWithoutAnnotationIsRefused() {
        given().get(PROBE).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:kompeten:problem:unauthorized"));
        given().header("Authorization", DevTokens.bearer(DevPersonas.ADMIN)).get(PROBE).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void healthDocumentationAndMetricsStayPublic() {
        for (String path : List.of("/q/health/live", "/q/health/ready", "/q/openapi", "/q/swagger-ui/", "/q/metrics")) {
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    void theOperatorsOperationsNeedAnAdmin() {
        given().get("/api/v1/replicas").then().statusCode(401);
        given().get("/api/v1/outbox/parked-events").then().statusCode(401);
        given().header("Authorization", DevTokens.bearer(DevPersonas.ADMIN)).get("/api/v1/replicas")
                .then().statusCode(200);
        given().header("Authorization", DevTokens.bearer(DevPersonas.PARTICIPANT)).get("/api/v1/outbox/parked-events")
                .then().statusCode(403);
    }
}
