package id.kompeten.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class PlatformStartupTest {

    @Test
    void starts() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
