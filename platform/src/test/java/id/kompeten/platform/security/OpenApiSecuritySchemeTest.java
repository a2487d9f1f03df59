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
import java.util.List;
import java.util.Map;
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

    /** OpenAPI 3.0 allows names in a requirement only for OAuth2/OIDC schemes: the roles go into the description. */
    @Test
    void rolesAreStatedInTheDescriptionNotInTheBearerRequirement() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/security-probe/admin'.get.security", equalTo(List.of(Map.of("bearerJwt", List.of()))))
                .body("paths.'/security-probe/admin'.get.description", equalTo("Roles: ADMIN."))
                .body("paths.'/security-probe/me'.get.security", equalTo(List.of(Map.of("bearerJwt", List.of()))))
                .body("paths.'/security-probe/me'.get.description",
                        equalTo("Roles: PARTICIPANT, SUPERVISOR, UNIT_ADMIN or INTEGRATION."))
                .body("paths.'/security-probe/scope'.get.description", equalTo("Roles: any authenticated caller."))
                .body("paths.'/security-probe/public'.get", not(hasKey("description")));
    }
}
