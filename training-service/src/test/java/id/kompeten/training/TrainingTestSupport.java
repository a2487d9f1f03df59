package id.kompeten.training;

import static io.restassured.RestAssured.given;

import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Shared fixtures of training-service's tests: authenticated requests and valid request bodies. */
public final class TrainingTestSupport {

    private TrainingTestSupport() {
    }

    /** A JSON request with a development token for the role. */
    public static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", DevTokens.bearer(role));
    }

    /** A competency code no other test uses. */
    public static String uniqueCode(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
    }

    /** A valid create body; callers change entries to make it invalid. */
    public static Map<String, Object> competencyBody(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", new LinkedHashMap<>(Map.of("id", "Pelayanan Prima", "en", "Excellent Public Service")));
        body.put("type", "TEKNIS");
        body.put("description", "Serves citizens promptly and courteously.");
        return body;
    }
}
