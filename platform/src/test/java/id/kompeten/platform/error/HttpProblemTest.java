package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.BASE;
import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Errors JAX-RS and the HTTP layer raise before any resource code runs. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class HttpProblemTest {

    /** Default quarkus.http.limits.max-body-size (5M). */
    private static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void unknownPathIsProblemJsonEvenForBrowsers() {
        assertProblem(given().accept("text/html").get("/test/nothing-here"), 404, "not-found", "/test/nothing-here")
                .body("detail", equalTo("There is nothing at this path."));
        assertProblem(in("id").get("/no/resource/at/all"), 404, "not-found", "/no/resource/at/all")
                .body("title", equalTo("Tidak ditemukan"));
    }

    @Test
    void wrongMethodListsTheAllowedOnes() {
        assertProblem(given().get(BASE + "/conflict"), 405, "method-not-allowed", BASE + "/conflict")
                .header("Allow", equalTo("OPTIONS, POST"))
                .body("detail", startsWith("The GET method is not allowed here"));
        assertProblem(given().delete(BASE + "/courses"), 405, "method-not-allowed", BASE + "/courses")
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void unsupportedContentType() {
        assertProblem(given().contentType("text/plain").body("code=C1").post(BASE + "/courses"), 415,
                "unsupported-media-type", BASE + "/courses")
                .body("detail", startsWith("The content type text/plain"));
    }

    @Test
    void unacceptableResponseType() {
        assertProblem(given().accept("application/xml").get(BASE + "/competencies/K-01"), 406, "not-acceptable",
                BASE + "/competencies/K-01");
    }

    @Test
    void otherStatusesGetAGenericProblem() {
        assertProblem(given().get(BASE + "/teapot"), 418, "http-error", BASE + "/teapot")
                .body("title", equalTo("Request failed"))
                .body("detail", equalTo("The request failed with HTTP status 418."));
    }

    @Test
    void bodyDeclaredOverTheLimitIsRefusedUnread() throws IOException {
        assertTooLarge(LIMIT + 1, "en");
    }

    @Test
    void bodyDeclaredOverTheHttpServersOwnLimitIsProblemJsonToo() throws IOException {
        ProblemJson.RawResponse response = assertTooLarge(64L * 1024 * 1024, "id");
        assertThat(JsonPath.from(response.body()).getString("title"), equalTo("Permintaan terlalu besar"));
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIsProblemJsonToo() throws IOException {
        byte[] body = new byte[7 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        ProblemJson.RawResponse response = ProblemJson.sendChunked(RestAssured.port, chunkedHead("en"), body);
        assertTooLarge(response, "en");
    }

    @Test
    void chunkedBodyWithinTheLimitIsRead() throws IOException {
        byte[] body = ("{\"code\": \"C1\", \"names\": {\"id\": \"Satu\", \"en\": \"One\"}, \"mode\": \"ONLINE\","
                + " \"jp\": 10, \"startsOn\": \"2025-03-01\"}").getBytes(StandardCharsets.UTF_8);
        ProblemJson.RawResponse response = ProblemJson.sendChunked(RestAssured.port, chunkedHead("en"), body);
        assertThat(response.body(), response.status(), equalTo(200));
        assertThat(JsonPath.from(response.body()).getString("code"), equalTo("C1"));
    }

    @Test
    void emptyChunkedBodyIsAMissingBody() throws IOException {
        ProblemJson.RawResponse response = ProblemJson.sendChunked(RestAssured.port, chunkedHead("en"), new byte[0]);
        assertThat(response.body(), response.status(), equalTo(400));
        assertThat(JsonPath.from(response.body()).getString("errors[0].field"), equalTo("$"));
    }

    @Test
    void largeBodyWithinTheLimitIsRead() {
        String items = IntStream.range(0, 20_000).mapToObj(i -> "{\"code\": \"A\", \"qty\": 1}")
                .collect(Collectors.joining(",", "[", "]"));
        given().contentType("application/json").body(items).post(BASE + "/items")
                .then().statusCode(200).body("size()", equalTo(20_000));
    }

    @Test
    void uriOverTheLimitIsProblemJson() {
        String longValue = "x".repeat(10_000);
        assertProblem(given().queryParam("q", longValue).get(BASE + "/courses"), 414, "uri-too-long",
                BASE + "/courses")
                .body("detail", equalTo("The request URI is longer than the limit of 8,192 characters."));
        assertProblem(in("id").queryParam("q", longValue).get(BASE + "/courses"), 414, "uri-too-long",
                BASE + "/courses")
                .body("title", equalTo("URI terlalu panjang"));
    }

    @Test
    void uriWithinTheLimitIsServed() {
        given().queryParam("q", "x".repeat(7_000)).get(BASE + "/courses").then().statusCode(200);
    }

    private static ProblemJson.RawResponse assertTooLarge(long declared, String language) throws IOException {
        return assertTooLarge(ProblemJson.sendHead(RestAssured.port, head(declared, language)), language);
    }

    private static ProblemJson.RawResponse assertTooLarge(ProblemJson.RawResponse response, String language) {
        assertThat(response.status(), equalTo(413));
        assertThat(response.headers().get("content-type"), startsWith(Problem.MEDIA_TYPE));
        JsonPath body = JsonPath.from(response.body());
        assertThat(body.getString("type"), equalTo("urn:kompeten:problem:payload-too-large"));
        assertThat(body.getInt("status"), equalTo(413));
        assertThat(body.getString("instance"), equalTo(BASE + "/courses"));
        assertThat(body.getString("detail"), containsString(language.equals("id") ? "5.242.880 byte" : "5,242,880 bytes"));
        return response;
    }

    private static String chunkedHead(String language) {
        return "POST " + BASE + "/courses HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept-Language: " + language + "\r\n"
                + "Transfer-Encoding: chunked\r\n"
                + "\r\n";
    }

    private static String head(long contentLength, String language) {
        return "POST " + BASE + "/courses HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept-Language: " + language + "\r\n"
                + "Content-Length: " + contentLength + "\r\n"
                + "\r\n";
    }
}
