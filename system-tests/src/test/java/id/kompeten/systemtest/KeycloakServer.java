package id.kompeten.systemtest;

import id.kompeten.localstack.FreePorts;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak (the server distribution from Maven Central, unpacked into {@code target/keycloak} by the build) with
 * the project's own realm file, {@code docker/keycloak/realm-kompeten.json}, imported as docker-compose imports it.
 * Development mode with an in-memory database, so every start imports the realm afresh; its output goes to
 * {@code keycloak.log} beside the services' logs.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "kompeten";
    static final String WEB_CLIENT = "kompeten-web";
    static final String INTEGRATION_CLIENT = "kompeten-integration";
    /** Where kompeten-web may send the browser back to: the realm reads it from KOMPETEN_WEB_REDIRECT_URI. */
    static final String REDIRECT_URI = "http://localhost:3000/callback";
    static final String INTEGRATION_SECRET = "system-test-integration-secret";
    private static final String ADMIN_USER = "admin";
    private static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(new SecureRandom().nextLong());
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * Starts Keycloak from {@code home} ({@code bin/kc.sh start-dev --import-realm}) on {@code port} with the realm file
     * copied into its {@code data/import}, and returns once the realm's OpenID configuration answers.
     */
    static KeycloakServer start(Path home, Path realmFile, int port, Path logDir, Duration timeout) {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": the build unpacks"
                    + " org.keycloak:keycloak-quarkus-dist there (mvn verify -pl system-tests; once online)");
        }
        Path log = logDir.resolve("keycloak.log");
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            kc.toFile().setExecutable(true);
            ProcessBuilder builder = new ProcessBuilder("bash", kc.toString(), "start-dev", "--http-port=" + port,
                    "--import-realm", "--db=dev-mem", "--http-management-port=" + FreePorts.find())
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // The realm file's placeholders, as docker-compose sets them.
            environment.put("KOMPETEN_WEB_REDIRECT_URI", REDIRECT_URI);
            environment.put("KOMPETEN_INTEGRATION_CLIENT_SECRET", INTEGRATION_SECRET);
            // A small heap: the machine also runs the three services, Kafka and MariaDB.
            environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            Instant begin = Instant.now();
            KeycloakServer server = new KeycloakServer(builder.start(), "http://localhost:" + port, log);
            // Keycloak does not watch this JVM as the services do: a test JVM stopped early must not leave it running.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
            server.awaitReady(begin.plus(timeout));
            SystemStack.say("Keycloak ready on %s after %.1f s (realm %s imported from %s), log %s", server.baseUrl,
                    Duration.between(begin, Instant.now()).toMillis() / 1000.0, REALM, realmFile, log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (get(issuer() + "/.well-known/openid-configuration").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("Keycloak not ready in time; see " + log);
    }

    /** The realm's issuer, the services' JWT_ISSUER. */
    String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    /** The realm's key set, the services' JWT_PUBLIC_KEY_LOCATION. */
    String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /**
     * Creates an enabled user of the realm with a password, the {@code nip} and {@code unit} attributes and the realm
     * roles, through the admin API, as an administrator does in the admin console.
     */
    void createUser(String username, String password, String nip, String unit, List<String> roles) {
        String admin = adminToken();
        String user = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"firstName\":\"Uji\",\"lastName\":\"" + username + "\",\"email\":\"" + username
                + "@example.go.id\",\"attributes\":{\"nip\":[\"" + nip + "\"],\"unit\":[\"" + unit + "\"]},"
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}]}";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM
                + "/users")).header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build());
        require(created, 201, "create user " + username);
        String location = created.headers().firstValue("Location").orElseThrow();
        StringBuilder roleList = new StringBuilder("[");
        for (String role : roles) {
            HttpResponse<String> representation = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/"
                    + REALM + "/roles/" + role)).header("Authorization", "Bearer " + admin).GET().build());
            require(representation, 200, "read role " + role);
            roleList.append(roleList.length() > 1 ? "," : "").append(representation.body());
        }
        roleList.append(']');
        require(send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(roleList.toString())).build()), 204, "assign roles");
    }

    /**
     * A user's access token from kompeten-web the way a browser front end gets one: authorization code with PKCE,
     * the login form filled in, the code from the redirect exchanged with the verifier.
     */
    String userToken(String username, String password) {
        // Cookies by hand: Keycloak marks its session cookies Secure, which Java's CookieManager keeps from http.
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String state = Long.toHexString(new SecureRandom().nextLong());
        String authorize = issuer() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", WEB_CLIENT,
                "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT_URI, "state", state,
                "code_challenge", challenge, "code_challenge_method", "S256"));
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        require(login, 200, "login page");
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form on " + authorize + ": " + abbreviated(login.body()));
        }
        String formAction = action.group(1).replace("&amp;", "&");
        HttpResponse<String> submitted = send(browser, HttpRequest.newBuilder(URI.create(formAction))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies(login))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))).build());
        require(submitted, 302, "login of " + username);
        URI back = URI.create(submitted.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = Stream.of(back.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (a, b) -> a));
        if (!back.toString().startsWith(REDIRECT_URI) || !state.equals(query.get("state"))
                || query.get("code") == null) {
            throw new IllegalStateException("Login of " + username + " did not come back with a code: " + back);
        }
        return token(Map.of("grant_type", "authorization_code", "client_id", WEB_CLIENT, "code", query.get("code"),
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
    }

    /** The cookies a response sets, as a Cookie header sends them back. */
    private static String cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    /** A system's access token from kompeten-integration (client credentials). */
    String clientCredentialsToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", INTEGRATION_CLIENT, "client_secret",
                INTEGRATION_SECRET));
    }

    private String token(Map<String, String> parameters) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
        require(response, 200, "token (" + parameters.get("grant_type") + ")");
        return JsonPath.from(response.body()).getString("access_token");
    }

    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id",
                        "admin-cli", "username", ADMIN_USER, "password", ADMIN_PASSWORD)))).build());
        require(response, 200, "admin token");
        return JsonPath.from(response.body()).getString("access_token");
    }

    /** The claims of a JWT, decoded (not verified: the services do that). */
    static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        // kc.sh may run Keycloak as its child: stop the whole tree.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(String url) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + abbreviated(response.body()));
        }
    }

    private static String form(Map<String, String> parameters) {
        Map<String, String> ordered = new LinkedHashMap<>(parameters);
        return ordered.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
