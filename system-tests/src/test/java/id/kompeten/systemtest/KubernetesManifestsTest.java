package id.kompeten.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.TopicDefinition;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * No cluster runs here, so deploy/kubernetes is checked by reading it against the code it deploys: probes ask health
 * endpoints the services expose, ports are the services' HTTP ports, every environment variable is a setting the
 * service reads (a renamed setting fails here, not in a rollout), memory leaves the JVM its heap and the rest, the topic
 * Job creates exactly the contracts' topics, and the kustomizations apply every manifest.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("kompeten.root", "..")).toAbsolutePath().normalize();
    private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    /** Applied by hand once per environment, never by a kustomization (it would overwrite real passwords). */
    private static final Path SECRET_TEMPLATE = MANIFESTS.resolve("secrets.example.yaml");
    private static final List<String> SERVICES = List.of("training-service", "enrollment-service", "evaluation-service");
    private static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "JWT_ISSUER", "JWT_PUBLIC_KEY_LOCATION");
    /**
     * Native memory besides the heap, measured after a minute of load (Dockerfile.jvm): metaspace, code cache, GC,
     * thread stacks, Netty buffers.
     */
    private static final long NON_HEAP_MIB = 250;
    /** The heap the services were measured with (the local run's -Xmx256m); less is not known to carry the load. */
    private static final long MIN_HEAP_MIB = 256;
    /** Resident memory measured per service JVM in the local run: 300-380 MB. */
    private static final long MEASURED_RSS_BYTES = 380_000_000L;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern PROPERTY_KEY = Pattern.compile("(?m)^(?:%[\\w-]+\\.)?([a-z][\\w.\\-\"/]*)=");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern MAPPING_METHOD =
            Pattern.compile("(?m)(?:@WithName\\(\"([^\"]+)\"\\)\\s*)?^\\s*[\\w<>,.? \\[\\]]+\\s(\\w+)\\(\\);");
    private static final Pattern TOPIC_LINE = Pattern.compile("(?m)^topic (\\S+) (\\d+) (\\S+)$");

    /** Every object of every manifest file, with the file it came from. */
    private static final List<Manifest> OBJECTS = new ArrayList<>();

    private record Manifest(Path file, Map<String, Object> object) {
    }

    @BeforeAll
    static void readManifests() throws IOException {
        OBJECTS.clear();
        for (Path file : manifestFiles()) {
            try (Reader reader = Files.newBufferedReader(file)) {
                for (Object document : new Yaml().loadAll(reader)) {
                    if (document != null) {
                        OBJECTS.add(new Manifest(file, map(document)));
                    }
                }
            }
        }
        assertFalse(OBJECTS.isEmpty(), "no manifests under " + MANIFESTS);
    }

    static Stream<String> services() {
        return SERVICES.stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void deploymentRunsTwoInstancesAndReplacesThemOneByOne(String service) {
        Map<String, Object> spec = map(object("Deployment", service).get("spec"));
        assertEquals(2, spec.get("replicas"), service + " replicas");
        Map<String, Object> strategy = map(spec.get("strategy"));
        assertEquals("RollingUpdate", strategy.get("type"), service + " strategy");
        assertEquals(0, map(strategy.get("rollingUpdate")).get("maxUnavailable"),
                service + ": an old pod goes only when a new one is ready");
        Map<String, Object> selector = map(map(spec.get("selector")).get("matchLabels"));
        Map<String, Object> podLabels = map(map(map(spec.get("template")).get("metadata")).get("labels"));
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), service + ": the selector finds its pods");
        Map<String, Object> serviceSelector = map(map(object("Service", service).get("spec")).get("selector"));
        assertTrue(podLabels.entrySet().containsAll(serviceSelector.entrySet()), service + ": the Service finds its pods");
    }

    @ParameterizedTest
    @MethodSource("services")
    void imageIsTheOneDockerComposeBuilds(String service) throws IOException {
        assertEquals(composeService(service).get("image"), container(service).get("image"), service + " image");
    }

    @ParameterizedTest
    @MethodSource("services")
    void probesAskTheHealthEndpointsTheServiceExposes(String service) throws IOException {
        assertTrue(usesSmallRyeHealth(service), service + " must include quarkus-smallrye-health (through platform)");
        Map<String, String> properties = properties(service);
        String root = "/" + trimSlashes(properties.getOrDefault("quarkus.http.non-application-root-path", "q")) + "/"
                + trimSlashes(properties.getOrDefault("quarkus.smallrye-health.root-path", "health")) + "/";
        Map<String, Object> container = container(service);

        assertEquals(root + properties.getOrDefault("quarkus.smallrye-health.liveness-path", "live"),
                probePath(container, "livenessProbe", service), service + " liveness");
        assertEquals(root + properties.getOrDefault("quarkus.smallrye-health.readiness-path", "ready"),
                probePath(container, "readinessProbe", service), service + " readiness");
        if (container.containsKey("startupProbe")) {
            assertEquals(root + properties.getOrDefault("quarkus.smallrye-health.startup-path", "started"),
                    probePath(container, "startupProbe", service), service + " startup");
        }
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (container.containsKey(probe)) {
                Object port = map(map(container.get(probe)).get("httpGet")).get("port");
                assertEquals(httpPort(service), containerPort(container, port), service + " " + probe + " port");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void portsAreTheServicesHttpPort(String service) throws IOException {
        Map<String, Object> container = container(service);
        List<Map<String, Object>> ports = maps(container.get("ports"));
        assertEquals(1, ports.size(), service + " container ports");
        assertEquals(httpPort(service), ports.get(0).get("containerPort"), service + " containerPort");
        for (Map<String, Object> port : maps(map(object("Service", service).get("spec")).get("ports"))) {
            assertEquals(httpPort(service), containerPort(container, port.get("targetPort")),
                    service + " Service targetPort");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableIsASettingTheServiceReads(String service) throws IOException {
        Map<String, Object> environment = environment(service);
        Set<String> variables = variablesReadBy(service);
        Set<String> settings = settingsReadBy(service);
        for (String name : environment.keySet()) {
            boolean read = variables.contains(name)
                    || settings.stream().anyMatch(setting -> environmentName(setting).equals(name));
            assertTrue(read, service + " is given " + name + ", which is neither a ${variable} of its configuration nor"
                    + " the environment name of a setting it reads");
        }
        assertTrue(environment.keySet().containsAll(REQUIRED), service + " must be given " + REQUIRED);
    }

    @ParameterizedTest
    @MethodSource("services")
    void secretsComeFromASecretOnly(String service) {
        for (Map<String, Object> reference : maps(container(service).get("envFrom"))) {
            if (reference.containsKey("configMapRef")) {
                Map<String, Object> data = map(object("ConfigMap", name(reference.get("configMapRef"))).get("data"));
                for (String key : data.keySet()) {
                    assertFalse(key.contains("PASSWORD") || key.contains("SECRET"), service + ": " + key + " in a ConfigMap");
                }
            }
        }
        Map<String, Object> secret = object("Secret", service + "-secrets");
        assertEquals(SECRET_TEMPLATE, fileOf(secret), "the services' Secrets are in the template only");
        assertTrue(map(secret.get("stringData")).containsKey("DB_PASSWORD"), service + " secret has DB_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("services")
    void memoryLeavesTheJvmItsHeapAndTheRest(String service) throws IOException {
        Map<String, Object> resources = map(container(service).get("resources"));
        long request = bytes(map(resources.get("requests")).get("memory"));
        long limit = bytes(map(resources.get("limits")).get("memory"));
        assertTrue(limit >= request, service + ": memory limit below its request");
        assertTrue(request >= MEASURED_RSS_BYTES, service + ": memory request below the measured resident memory");

        long heapMib = maxHeapMib(service, limit);
        long limitMib = limit / (1024 * 1024);
        assertTrue(heapMib >= MIN_HEAP_MIB, service + ": heap " + heapMib + " MiB below the measured " + MIN_HEAP_MIB);
        assertTrue(limitMib >= heapMib + NON_HEAP_MIB, service + ": limit " + limitMib + " MiB leaves less than "
                + NON_HEAP_MIB + " MiB beside a heap of " + heapMib + " MiB");
        // docker-compose.yml's limit is the size the services were measured at (README: 512 MiB is too tight).
        long composeLimit = bytes(String.valueOf(composeService(service).get("mem_limit")).replace("m", "Mi"));
        assertTrue(limit >= composeLimit, service + ": memory limit below docker-compose's measured mem_limit");
    }

    @Test
    void topicJobRunsTheTopicScriptOnTheServicesKafka() throws IOException {
        Map<String, Object> job = object("Job", "kafka-topics");
        Map<String, Object> podSpec = map(map(map(job.get("spec")).get("template")).get("spec"));
        Map<String, Object> container = maps(podSpec.get("containers")).get(0);
        assertEquals(List.of("/bin/sh", "/opt/kompeten/create-topics.sh"), container.get("command"));
        assertEquals(composeService("kafka").get("image"), container.get("image"),
                "the broker's image brings kafka-topics.sh");

        Map<String, Object> mount = maps(container.get("volumeMounts")).get(0);
        assertEquals("/opt/kompeten", mount.get("mountPath"));
        Map<String, Object> volume = maps(podSpec.get("volumes")).stream()
                .filter(candidate -> candidate.get("name").equals(mount.get("name"))).findFirst().orElseThrow();
        String scriptConfigMap = name(volume.get("configMap"));
        Path kustomization = fileOf(job).getParent().resolve("kustomization.yaml");
        Map<String, Object> generator = maps(kustomization(kustomization).get("configMapGenerator")).stream()
                .filter(candidate -> scriptConfigMap.equals(candidate.get("name"))).findFirst().orElseThrow(
                        () -> new AssertionError(scriptConfigMap + " is not generated by " + kustomization));
        Path script = kustomization.getParent().resolve(String.valueOf(strings(generator.get("files")).get(0)));
        assertEquals("create-topics.sh", script.getFileName().toString());
        assertEquals(Files.readString(ROOT.resolve("docker/kafka/create-topics.sh")), Files.readString(script),
                script + " must be a copy of docker/kafka/create-topics.sh");

        Map<String, Object> jobEnvironment = new LinkedHashMap<>();
        for (Map<String, Object> variable : maps(container.get("env"))) {
            jobEnvironment.put(String.valueOf(variable.get("name")), variable.get("value"));
        }
        for (String service : SERVICES) {
            assertEquals(environment(service).get("KAFKA_BOOTSTRAP_SERVERS"), jobEnvironment.get("KAFKA_BOOTSTRAP_SERVERS"),
                    "the Job creates the topics on " + service + "'s Kafka");
        }
        assertNotNull(jobEnvironment.get("KAFKA_REPLICATION_FACTOR"), "replication factor of a managed cluster");
    }

    @Test
    void topicJobCreatesExactlyTheContractsTopics() throws IOException {
        Path script = MANIFESTS.resolve("topics/create-topics.sh");
        Matcher matcher = TOPIC_LINE.matcher(Files.readString(script));
        Set<String> scripted = new TreeSet<>();
        while (matcher.find()) {
            scripted.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3));
        }
        Set<String> defined = new TreeSet<>();
        for (TopicDefinition topic : Topic.definitions()) {
            defined.add(topic.name() + " " + topic.partitions() + " " + topic.configs().entrySet().stream()
                    .map(config -> config.getKey() + "=" + config.getValue()).collect(Collectors.joining(",")));
        }
        assertEquals(defined, scripted, script + " must create every topic of Topic.definitions(), as defined there");
    }

    @Test
    void kustomizationsApplyEveryManifestButTheSecretTemplate() throws IOException {
        Set<Path> applied = new TreeSet<>();
        collect(MANIFESTS.resolve("kustomization.yaml"), applied);
        Set<Path> files;
        try (Stream<Path> walk = Files.walk(MANIFESTS)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<Path> expected = new TreeSet<>(files);
        expected.remove(SECRET_TEMPLATE);
        assertEquals(expected, applied, "every file under " + MANIFESTS + " is applied by kustomization.yaml");
        assertTrue(files.contains(SECRET_TEMPLATE), "the Secret template exists");
    }

    @Test
    void everyObjectLivesInTheNamespaceTheKustomizationSets() throws IOException {
        Object namespace = kustomization(MANIFESTS.resolve("kustomization.yaml")).get("namespace");
        assertEquals(namespace, name(object("Namespace", String.valueOf(namespace)).get("metadata")));
        for (Map<String, Object> secret : OBJECTS.stream().map(Manifest::object)
                .filter(object -> "Secret".equals(object.get("kind"))).toList()) {
            assertEquals(namespace, map(secret.get("metadata")).get("namespace"), "the template names the namespace");
        }
    }

    // --- reading the manifests ---

    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MANIFESTS)) {
            return walk.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
                    .filter(path -> !path.getFileName().toString().startsWith("kustomization."))
                    .sorted().toList();
        }
    }

    private static Map<String, Object> object(String kind, String name) {
        List<Map<String, Object>> found = OBJECTS.stream().map(Manifest::object)
                .filter(object -> kind.equals(object.get("kind")) && name.equals(name(object.get("metadata"))))
                .toList();
        assertEquals(1, found.size(), "exactly one " + kind + " " + name);
        return found.get(0);
    }

    private static Path fileOf(Map<String, Object> object) {
        return OBJECTS.stream().filter(manifest -> manifest.object() == object).map(Manifest::file).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> container(String service) {
        Map<String, Object> template = map(map(object("Deployment", service).get("spec")).get("template"));
        List<Map<String, Object>> containers = maps(map(template.get("spec")).get("containers"));
        assertEquals(1, containers.size(), service + " containers");
        return containers.get(0);
    }

    /** What the container gets: its ConfigMaps and Secrets (envFrom) and its own env entries. */
    private static Map<String, Object> environment(String service) {
        Map<String, Object> container = container(service);
        Map<String, Object> environment = new LinkedHashMap<>();
        for (Map<String, Object> reference : maps(container.get("envFrom"))) {
            if (reference.containsKey("configMapRef")) {
                environment.putAll(map(object("ConfigMap", name(reference.get("configMapRef"))).get("data")));
            } else {
                Map<String, Object> secret = object("Secret", name(reference.get("secretRef")));
                environment.putAll(map(secret.getOrDefault("stringData", secret.get("data"))));
            }
        }
        for (Map<String, Object> variable : maps(container.get("env"))) {
            environment.put(String.valueOf(variable.get("name")), variable.get("value"));
        }
        return environment;
    }

    private static String probePath(Map<String, Object> container, String probe, String service) {
        assertTrue(container.containsKey(probe), service + " has no " + probe);
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }

    /** The container port a probe or Service names, by number or by the port's name. */
    private static Object containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer) {
            return port;
        }
        return maps(container.get("ports")).stream().filter(candidate -> port.equals(candidate.get("name")))
                .map(candidate -> candidate.get("containerPort")).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port));
    }

    private static void collect(Path kustomization, Set<Path> applied) throws IOException {
        assertTrue(Files.isRegularFile(kustomization), kustomization + " missing");
        applied.add(kustomization);
        Path folder = kustomization.getParent();
        Map<String, Object> content = kustomization(kustomization);
        for (String resource : strings(content.get("resources"))) {
            Path path = folder.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                collect(path.resolve("kustomization.yaml"), applied);
            } else {
                assertTrue(Files.isRegularFile(path), kustomization + " lists " + resource + ", which does not exist");
                applied.add(path);
            }
        }
        for (Map<String, Object> generator : maps(content.get("configMapGenerator"))) {
            for (String file : strings(generator.get("files"))) {
                Path path = folder.resolve(file).normalize();
                assertTrue(Files.isRegularFile(path), kustomization + " generates from " + file + ", which does not exist");
                applied.add(path);
            }
        }
    }

    private static Map<String, Object> kustomization(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return map(new Yaml().load(reader));
        }
    }

    // --- reading the services ---

    private static Map<String, Object> composeService(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return map(map(map(new Yaml().load(reader)).get("services")).get(name));
        }
    }

    private static Map<String, String> properties(String service) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Path file : configurationFiles(service)) {
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                // Comments, profile-specific keys (%dev., %test.) and continuation lines are not the production value.
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")
                        && !line.startsWith("%") && equals > 0) {
                    properties.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
        }
        return properties;
    }

    private static int httpPort(String service) throws IOException {
        Object given = environment(service).get("HTTP_PORT");
        if (given != null) {
            return Integer.parseInt(String.valueOf(given));
        }
        Matcher matcher = Pattern.compile("\\$\\{HTTP_PORT:(\\d+)}").matcher(properties(service).get("quarkus.http.port"));
        assertTrue(matcher.find(), service + " declares its HTTP port");
        return Integer.parseInt(matcher.group(1));
    }

    /** The heap the image gives the JVM: -Xmx if the Deployment sets one, else its share of the memory limit. */
    private static long maxHeapMib(String service, long limitBytes) throws IOException {
        Map<String, Object> environment = environment(service);
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([mMgG])")
                .matcher(environment.getOrDefault("JAVA_OPTS_APPEND", "") + " " + environment.getOrDefault("JAVA_OPTS", ""));
        if (xmx.find()) {
            return Long.parseLong(xmx.group(1)) * (xmx.group(2).equalsIgnoreCase("g") ? 1024 : 1);
        }
        Object ratio = environment.get("JAVA_MAX_MEM_RATIO");
        if (ratio == null) {
            Matcher dockerfile = Pattern.compile("JAVA_MAX_MEM_RATIO=(\\d+)")
                    .matcher(Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm")));
            assertTrue(dockerfile.find(), service + "'s image must bound the heap (JAVA_MAX_MEM_RATIO)");
            ratio = dockerfile.group(1);
        }
        return limitBytes * Long.parseLong(String.valueOf(ratio)) / 100 / (1024 * 1024);
    }

    /** The service's configuration files: its own and those of the shared modules it is built with. */
    private static List<Path> configurationFiles(String service) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path module : modules(service)) {
            for (Path file : List.of(module.resolve("src/main/resources/application.properties"),
                    module.resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** The service's folder and the project modules it is built with: catalog-replica if it uses it, and platform. */
    private static List<Path> modules(String service) throws IOException {
        List<Path> modules = new ArrayList<>(List.of(ROOT.resolve(service)));
        if (Files.readString(ROOT.resolve(service).resolve("pom.xml")).contains("<artifactId>catalog-replica</artifactId>")) {
            modules.add(ROOT.resolve("catalog-replica"));
        }
        modules.add(ROOT.resolve("platform"));
        return modules;
    }

    private static boolean usesSmallRyeHealth(String service) throws IOException {
        for (Path module : modules(service)) {
            if (Files.readString(module.resolve("pom.xml")).contains("<artifactId>quarkus-smallrye-health</artifactId>")) {
                return true;
            }
        }
        return false;
    }

    /** Environment variables named in ${NAME...} of the service's configuration. */
    private static Set<String> variablesReadBy(String service) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : configurationFiles(service)) {
            Matcher matcher = VARIABLE.matcher(Files.readString(file));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Keys of the service's configuration files and of the @ConfigMapping interfaces in its modules' sources. */
    private static Set<String> settingsReadBy(String service) throws IOException {
        Set<String> settings = new TreeSet<>();
        for (Path file : configurationFiles(service)) {
            Matcher matcher = PROPERTY_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                settings.add(matcher.group(1));
            }
        }
        for (Path module : modules(service)) {
            try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source);
                    Matcher mapping = CONFIG_MAPPING.matcher(code);
                    if (mapping.find()) {
                        Matcher method = MAPPING_METHOD.matcher(code.substring(mapping.end()));
                        while (method.find()) {
                            settings.add(mapping.group(1) + "."
                                    + (method.group(1) != null ? method.group(1) : kebab(method.group(2))));
                        }
                    }
                }
            }
        }
        return settings;
    }

    /** MicroProfile Config's rule: every character but letters and digits becomes _, then upper case. */
    private static String environmentName(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String kebab(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** A Kubernetes memory quantity in bytes (Ki, Mi, Gi, k, M, G or plain). */
    private static long bytes(Object quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?").matcher(String.valueOf(quantity));
        assertTrue(matcher.matches(), "memory quantity " + quantity);
        long value = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2) == null ? "" : matcher.group(2)) {
            case "Ki" -> value * 1024;
            case "Mi" -> value * 1024 * 1024;
            case "Gi" -> value * 1024 * 1024 * 1024;
            case "k" -> value * 1000;
            case "M" -> value * 1000 * 1000;
            case "G" -> value * 1000 * 1000 * 1000;
            default -> value;
        };
    }

    private static String name(Object metadataOrReference) {
        return String.valueOf(map(metadataOrReference).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
