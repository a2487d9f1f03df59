package id.kompeten.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so docker-compose.yml is checked by reading it: every variable it gives a
 * service is one the service reads, every container has a health check, and services wait for healthy dependencies.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CONFIG_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    static Stream<String> containers() throws IOException {
        readCompose();
        return services.keySet().stream();
    }

    static Stream<String> applicationServices() {
        return Stream.of("training-service", "enrollment-service", "evaluation-service");
    }

    @ParameterizedTest
    @MethodSource("containers")
    @SuppressWarnings("unchecked")
    void everyContainerHasAHealthCheck(String name) {
        Map<String, Object> healthcheck = (Map<String, Object>) services.get(name).get("healthcheck");
        assertNotNull(healthcheck, name + " has no healthcheck");
        assertFalse(String.valueOf(healthcheck.get("test")).isBlank(), name + " healthcheck has no test");
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    @SuppressWarnings("unchecked")
    void serviceWaitsForHealthyDatabaseAndBroker(String name) {
        Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) services.get(name).get("depends_on");
        assertNotNull(dependsOn, name + " has no depends_on");
        for (String dependency : List.of("mysql", "kafka")) {
            assertEquals("service_healthy", dependsOn.get(dependency).get("condition"), name + " -> " + dependency);
        }
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    @SuppressWarnings("unchecked")
    void everyVariableGivenToAServiceIsOneItReads(String name) throws IOException {
        Set<String> given = ((Map<String, Object>) services.get(name).get("environment")).keySet();
        Set<String> read = variablesReadBy(name);
        for (String variable : given) {
            assertTrue(read.contains(variable), name + " is given " + variable + " but reads only " + read);
        }
        assertTrue(given.containsAll(REQUIRED), name + " must be given " + REQUIRED + ", has " + given);
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    @SuppressWarnings("unchecked")
    void serviceIsBuiltFromItsJvmDockerfileAndChecksItsOwnPort(String name) throws IOException {
        Map<String, Object> service = services.get(name);
        Map<String, Object> build = (Map<String, Object>) service.get("build");
        Path dockerfile = ROOT.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile")));
        assertEquals(ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm"), dockerfile.normalize());
        assertTrue(Files.isRegularFile(dockerfile), dockerfile + " missing");

        String port = defaultHttpPort(name);
        assertEquals(List.of(port + ":" + port), service.get("ports"), name + " ports");
        assertTrue(String.valueOf(((Map<String, Object>) service.get("healthcheck")).get("test"))
                .contains("localhost:" + port + "/q/health/ready"), name + " health check must ask its readiness endpoint");
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    @SuppressWarnings("unchecked")
    void databaseInitScriptCreatesTheServiceDatabase(String name) throws IOException {
        String dbUrl = String.valueOf(((Map<String, Object>) services.get(name).get("environment")).get("DB_URL"));
        String database = dbUrl.substring(dbUrl.lastIndexOf('/') + 1);
        String script = Files.readString(ROOT.resolve("docker/mysql/init/01-service-databases.sh"));
        assertTrue(script.matches("(?s).*for service in [^;]*\\b" + database + "\\b.*"), "init script creates " + database);
        Map<String, Object> mysqlEnv = (Map<String, Object>) services.get("mysql").get("environment");
        assertTrue(mysqlEnv.containsKey(database.toUpperCase() + "_DB_PASSWORD"), "mysql gets the " + database + " password");
    }

    /** Variables referenced as ${NAME...} in the service's configuration and in the platform's shared defaults. */
    private static Set<String> variablesReadBy(String service) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path config : List.of(
                ROOT.resolve(service).resolve("src/main/resources/application.properties"),
                ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            Matcher matcher = CONFIG_VARIABLE.matcher(Files.readString(config));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String defaultHttpPort(String service) throws IOException {
        Matcher matcher = Pattern.compile("quarkus\\.http\\.port=\\$\\{HTTP_PORT:(\\d+)}")
                .matcher(Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties")));
        assertTrue(matcher.find(), service + " declares its HTTP port");
        return matcher.group(1);
    }
}
