package id.kompeten.platform.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Shared fixtures of the problem tests: the envelope every problem response must have, and raw HTTP for what RestAssured cannot send. */
final class ProblemJson {

    static final String BASE = "/test/problems";

    private ProblemJson() {
    }

    /** A request in a language, as a browser or a government system would send it. */
    static RequestSpecification in(String acceptLanguage) {
        return given().header("Accept-Language", acceptLanguage);
    }

    /** A JSON request with a body. */
    static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body);
    }

    /** Asserts the RFC 9457 envelope; the caller goes on with what is specific to the case. */
    static ValidatableResponse assertProblem(Response response, int status, String slug, String instance) {
        return response.then()
                .statusCode(status)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:kompeten:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(instance));
    }

    /** What came back over a raw connection. */
    record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends only a request head (no body, whatever its {@code Content-Length} says) and reads the answer: the server
     * must answer an oversized declaration before reading anything.
     */
    static RawResponse sendHead(int port, String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Sends a request head announcing {@code Transfer-Encoding: chunked}, then {@code size} bytes of body in chunks and
     * the last chunk, and reads the answer. A server that refuses the body early may close the connection while
     * chunks are still being sent: the rest is then not sent, and the answer is read all the same.
     */
    static RawResponse sendChunked(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                int chunk = 64 * 1024;
                for (int offset = 0; offset < body.length; offset += chunk) {
                    int length = Math.min(chunk, body.length - offset);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, offset, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the answer is already on its way
            }
            return read(socket.getInputStream());
        }
    }

    private static RawResponse read(InputStream in) throws IOException {
        String statusLine = readLine(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new RawResponse(Integer.parseInt(statusLine.split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
