package id.kompeten.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Client generators read the security scheme from the OpenAPI document, so its shape is part of the contract. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OpenApiSecuritySchemeTest {

    @Test
    void bearerJwtSchemeIsDeclaredAndRequiredByProtectedOperationsOnly() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes", not(hasKey("SecurityScheme")))
                .body("components.securitySchemes.bearerJwt.type", equalTo("http"))
                .body("components.securitySchemes.bearerJwt.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearerJwt.bearerFormat", equalTo("JWT"))
                .body("components.securitySchemes.bearerJwt.description", notNullValue())
                .body("paths.'/security-probe/admin'.get.security[0]", hasKey("bearerJwt"))
                .body("paths.'/security-probe/public'.get", not(hasKey("security")));
    }
}
