package id.kompeten.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.TopicDefinition;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokenMinter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so docker-compose.yml is checked by reading it: every variable it gives a
 * service is one the service reads, every long-running container has a health check, services wait for healthy
 * dependencies and for the topics, the topic script creates exactly the topics the contracts define, and the services
 * trust exactly the Keycloak realm the compose file imports.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CONFIG_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "JWT_ISSUER", "JWT_PUBLIC_KEY_LOCATION");
    private static final Path REALM_FILE = ROOT.resolve("docker/keycloak/realm-kompeten.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final Path TOPIC_SCRIPT = ROOT.resolve("docker/kafka/create-topics.sh");
    private static final Pattern TOPIC_LINE = Pattern.compile("(?m)^topic (\\S+) (\\d+) (\\S+)$");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    /** Containers that keep running; one-shot jobs (restart "no", e.g. kafka-init) exit when done instead. */
    static Stream<String> longRunningContainers() throws IOException {
        readCompose();
        return services.keySet().stream().filter(name -> !"no".equals(services.get(name).get("restart")));
    }

    static Stream<String> applicationServices() {
        return Stream.of("training-service", "enrollment-service", "evaluation-service");
    }

    @ParameterizedTest
    @MethodSource("longRunningContainers")
    @SuppressWarnings("unchecked")
    void everyContainerHasAHealthCheck(String name) {
        Map<String, Object> healthcheck = (Map<String, Object>) services.get(name).get("healthcheck");
        assertNotNull(healthcheck, name + " has no healthcheck");
        assertFalse(String.valueOf(healthcheck.get("test")).isBlank(), name + " healthcheck has no test");
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    @SuppressWarnings("unchecked")
    void serviceWaitsForHealthyDatabaseBrokerAndIdentityProvider(String name) {
        Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) services.get(name).get("depends_on");
        assertNotNull(dependsOn, name + " has no depends_on");
        for (String dependency : List.of("mysql", "kafka", "keycloak")) {
            assertEquals("service_healthy", dependsOn.get(dependency).get("condition"), name + " -> " + dependency);
        }
        assertEquals("service_completed_successfully", dependsOn.get("kafka-init").get("condition"),
                name + " starts once the topics exist");
    }

    @Test
    void brokerCreatesNoTopicsOnFirstUse() {
        assertEquals("false", String.valueOf(environment("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaInitRunsTheTopicScriptWithTheBrokersCli() {
        Map<String, Object> init = services.get("kafka-init");
        assertEquals(services.get("kafka").get("image"), init.get("image"), "the broker's image brings kafka-topics.sh");
        assertEquals(List.of("/bin/sh", "/opt/kompeten/create-topics.sh"), init.get("entrypoint"));
        assertTrue(((List<String>) init.get("volumes")).contains(
                "./docker/kafka/create-topics.sh:/opt/kompeten/create-topics.sh:ro"));
        assertEquals("kafka:9092", environment("kafka-init").get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("no", init.get("restart"));
        assertEquals("service_healthy",
                ((Map<String, Map<String, Object>>) init.get("depends_on")).get("kafka").get("condition"));
    }

    @Test
    void topicScriptCreatesExactlyTheTopicsTheContractsDefine() throws IOException {
        Matcher matcher = TOPIC_LINE.matcher(Files.readString(TOPIC_SCRIPT));
        Set<String> scripted = new TreeSet<>();
        while (matcher.find()) {
            scripted.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3));
        }
        Set<String> defined = new TreeSet<>();
        for (TopicDefinition topic : Topic.definitions()) {
            defined.add(topic.name() + " " + topic.partitions() + " " + topic.configs().entrySet().stream()
                    .map(config -> config.getKey() + "=" + config.getValue())
                    .collect(Collectors.joining(",")));
        }
        assertEquals(defined, scripted, TOPIC_SCRIPT + " must list every topic of Topic.definitions(), as defined there");
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
    void serviceHasAMemoryLimitItsHeapFollows(String name) throws IOException {
        assertNotNull(services.get(name).get("mem_limit"),
                name + " needs a memory limit: the JVM sizes its heap from it");
        String dockerfile = Files.readString(ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("JAVA_MAX_MEM_RATIO=50"), name + " heap: half of the container's memory");
        assertTrue(dockerfile.contains("GC_MAX_METASPACE_SIZE="), name + " metaspace bound");
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

    @ParameterizedTest
    @MethodSource("applicationServices")
    void serviceTrustsTheImportedRealm(String name) throws IOException {
        Map<String, Object> environment = environment(name);
        String realm = String.valueOf(realm().get("realm"));
        String publicUrl = String.valueOf(environment("keycloak").get("KC_HOSTNAME"));

        assertEquals(publicUrl + "/realms/" + realm, environment.get("JWT_ISSUER"),
                "the issuer is the URL Keycloak names in its tokens (KC_HOSTNAME)");
        assertEquals("http://keycloak:8080/realms/" + realm + "/protocol/openid-connect/certs",
                environment.get("JWT_PUBLIC_KEY_LOCATION"), "keys come from the realm's JWKS inside the compose network");
    }

    @ParameterizedTest
    @MethodSource("applicationServices")
    @SuppressWarnings("unchecked")
    void realmTokensNameTheAudienceTheServicesExpect(String name) throws IOException {
        Object audience = environment(name).get("JWT_AUDIENCE");
        assertEquals(DevTokenMinter.API_AUDIENCE, audience, name + " expects the API audience");
        for (Map<String, Object> client : (List<Map<String, Object>>) realm().get("clients")) {
            boolean mapped = ((List<Map<String, Object>>) client.get("protocolMappers")).stream()
                    .filter(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper")))
                    .map(mapper -> (Map<String, Object>) mapper.get("config"))
                    .anyMatch(config -> audience.equals(config.get("included.custom.audience"))
                            && "true".equals(config.get("access.token.claim")));
            assertTrue(mapped, client.get("clientId") + " must put " + audience + " into its access tokens");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakRunsInProductionModeAndImportsTheRealm() {
        Map<String, Object> keycloak = services.get("keycloak");
        assertTrue(String.valueOf(keycloak.get("image")).startsWith("quay.io/keycloak/keycloak:26."), "Keycloak 26");
        assertEquals(List.of("start", "--import-realm"), keycloak.get("command"));
        assertTrue(((List<String>) keycloak.get("volumes")).contains(
                "./docker/keycloak/realm-kompeten.json:/opt/keycloak/data/import/realm-kompeten.json:ro"));
        assertEquals("true", environment("keycloak").get("KC_HEALTH_ENABLED"), "the health check needs /health/ready");
        assertEquals("mysql", environment("keycloak").get("KC_DB"), "no embedded dev database in production mode");
        Map<String, Object> mysql = environment("mysql");
        assertEquals(environment("keycloak").get("KC_DB_URL_DATABASE"), mysql.get("MYSQL_DATABASE"));
        assertEquals(environment("keycloak").get("KC_DB_USERNAME"), mysql.get("MYSQL_USER"));
        assertEquals(environment("keycloak").get("KC_DB_PASSWORD"), mysql.get("MYSQL_PASSWORD"));
    }

    @Test
    void realmFilePlaceholdersAreGivenToKeycloak() throws IOException {
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(REALM_FILE));
        Set<String> placeholders = new TreeSet<>();
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        assertFalse(placeholders.isEmpty(), "the client secret comes from the environment, not from the file");
        assertTrue(environment("keycloak").keySet().containsAll(placeholders), "Keycloak must be given " + placeholders);
    }

    @Test
    @SuppressWarnings("unchecked")
    void realmDefinesThePlatformRoles() throws IOException {
        List<Map<String, Object>> roles = (List<Map<String, Object>>) ((Map<String, Object>) realm().get("roles")).get("realm");
        assertEquals(DevPersonas.ROLES, roles.stream().map(role -> role.get("name")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void realmPutsRolesNipAndUnitIntoAccessTokens() throws IOException {
        Map<String, Map<String, Object>> mappers = new HashMap<>();
        for (Map<String, Object> client : (List<Map<String, Object>>) realm().get("clients")) {
            if ("kompeten-web".equals(client.get("clientId"))) {
                for (Map<String, Object> mapper : (List<Map<String, Object>>) client.get("protocolMappers")) {
                    mappers.put(String.valueOf(mapper.get("name")), (Map<String, Object>) mapper.get("config"));
                }
            }
        }
        assertEquals("groups", mappers.get("groups").get("claim.name"));
        assertEquals("true", mappers.get("groups").get("multivalued"));
        assertEquals("true", mappers.get("groups").get("access.token.claim"));
        for (String claim : List.of("nip", "unit")) {
            assertEquals(claim, mappers.get(claim).get("user.attribute"), claim);
            assertEquals(claim, mappers.get(claim).get("claim.name"), claim);
            assertEquals("true", mappers.get(claim).get("access.token.claim"), claim);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void realmUserProfileDeclaresNipAndUnit() throws IOException {
        Map<String, Object> components = (Map<String, Object>) realm().get("components");
        Map<String, Object> provider =
                ((List<Map<String, Object>>) components.get("org.keycloak.userprofile.UserProfileProvider")).get(0);
        String config = ((List<String>) ((Map<String, Object>) provider.get("config")).get("kc.user.profile.config")).get(0);
        List<Map<String, Object>> attributes = (List<Map<String, Object>>) new Yaml().<Map<String, Object>>load(config)
                .get("attributes");
        // Keycloak 24+ keeps no attribute its user profile does not declare, so the nip and unit mappers need these.
        assertTrue(attributes.stream().map(attribute -> attribute.get("name")).toList()
                .containsAll(List.of("username", "email", "nip", "unit")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> realm() throws IOException {
        try (Reader reader = Files.newBufferedReader(REALM_FILE)) {
            return new Yaml().load(reader);
        }
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
