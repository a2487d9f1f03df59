package id.kompeten.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokenMinter;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How every service treats bearer tokens: the platform's configuration plus smallrye-jwt, through HTTP. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class BearerTokenTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ADMIN_ONLY = "/security-probe/admin";
    private static final DevIdentity ADMIN = DevPersonas.ADMIN;

    @Test
    void noTokenIsUnauthorized() {
        given().get(ADMIN_ONLY).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void garbageTokenIsUnauthorized() {
        given().header("Authorization", "Bearer not-a-jwt").get(ADMIN_ONLY)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() {
        String forged = new DevTokenMinter(DevKeyPair.generate().privateKey()).mint(ADMIN, Duration.ofHours(1));

        given().auth().oauth2(forged).get(ADMIN_ONLY).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        Instant issued = Instant.now().minus(Duration.ofHours(3));
        String expired = DevTokens.minter().mint(ADMIN, issued, issued.plus(Duration.ofHours(1)));

        given().auth().oauth2(expired).get(ADMIN_ONLY).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        String otherIssuer = new DevTokenMinter(DevTokens.keys().privateKey(), "https://sso.example.org/realms/other")
                .mint(ADMIN, Duration.ofHours(1));

        given().auth().oauth2(otherIssuer).get(ADMIN_ONLY).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        String otherAudience = new DevTokenMinter(DevTokens.keys().privateKey(), DevTokenMinter.DEV_ISSUER,
                "another-api").mint(ADMIN, Duration.ofHours(1));

        given().auth().oauth2(otherAudience).get(ADMIN_ONLY).then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
    }

    @Test
    void tokenWithoutAudienceIsUnauthorized() {
        String noAudience = new DevTokenMinter(DevTokens.keys().privateKey(), DevTokenMinter.DEV_ISSUER, null)
                .mint(ADMIN, Duration.ofHours(1));

        given().auth().oauth2(noAudience).get(ADMIN_ONLY).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenForThisApiIsAllowed() {
        String thisApi = new DevTokenMinter(DevTokens.keys().privateKey(), DevTokenMinter.DEV_ISSUER,
                DevTokenMinter.API_AUDIENCE).mint(ADMIN, Duration.ofHours(1));

        given().auth().oauth2(thisApi).get(ADMIN_ONLY).then().statusCode(200).body("admin", equalTo(true));
    }

    @Test
    void validTokenWithoutTheRoleIsForbidden() {
        given().header("Authorization", DevTokens.bearer(DevPersonas.PARTICIPANT)).get(ADMIN_ONLY)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void validTokenWithTheRoleIsAllowed() {
        given().header("Authorization", DevTokens.bearer(ADMIN)).get(ADMIN_ONLY)
                .then().statusCode(200).body("admin", equalTo(true));
    }

    @Test
    void publicEndpointsNeedNoTokenAndIgnoreABadOne() {
        given().get("/security-probe/public").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-jwt").get("/security-probe/public").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-jwt").get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void currentUserExposesTheTokenClaims() {
        given().header("Authorization", DevTokens.bearer(Roles.SUPERVISOR, "197806302003122001", "DISDUKCAPIL-SIBOLGA"))
                .get("/security-probe/me")
                .then().statusCode(200)
                .body("subject", equalTo("dev-197806302003122001"))
                .body("nip", equalTo("197806302003122001"))
                .body("unit", equalTo("DISDUKCAPIL-SIBOLGA"))
                .body("roles", contains(Roles.SUPERVISOR));
    }

    @Test
    void systemCallerHasNoNipOrUnit() {
        given().header("Authorization", DevTokens.bearer(Roles.INTEGRATION))
                .get("/security-probe/me")
                .then().statusCode(200)
                .body("subject", equalTo("dev-integration"))
                .body("nip", equalTo(""))
                .body("unit", equalTo(""))
                .body("roles", contains(Roles.INTEGRATION));
    }
}
