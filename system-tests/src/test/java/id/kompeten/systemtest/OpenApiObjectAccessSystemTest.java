package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.systemtest.OpenApiOperations.Operation;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Object-level access, derived from the services' OpenAPI documents so a new operation is covered without editing
 * this test: every operation under {@code /api/} with a path parameter naming a person ({nip}), a supervisor (a {nip}
 * described as the supervisor's), an organisational unit ({unitCode}), a service unit ({code} under
 * {@code /service-units}) or an enrollment ({id} under {@code /enrollments}, {enrollmentId}) is called, for each of
 * the roles whose access depends on the object (PARTICIPANT, SUPERVISOR, UNIT_ADMIN) that its description allows:
 * <ul>
 *   <li>by someone who does not own the object: another participant (also of the same unit), a supervisor who is not
 *   the person's (also of the same unit), someone of another unit: 403 or 404 problem+json, never 2xx;</li>
 *   <li>by the right owner (the person, their direct supervisor, their unit's admin; the supervisor themselves; the
 *   unit's or parent unit's admin and supervisors): reads 2xx, so the refusals above are about the object and not
 *   the call; writes 2xx or 409 (a state the earlier calls left) for at least one owning role, the operation's own
 *   rule may keep the others out (a supervisor does not withdraw a subordinate's enrollment).</li>
 * </ul>
 * Reads act on the demo data (Andi Saputra Nainggolan of DISDUKCAPIL-SIBOLGA, his supervisor and unit admin, his
 * enrollments, the unit's service counter); writes on people, a session, an enrollment and a service unit this test
 * creates in a unit of its own, so no other test meets changed demo data. Each write call carries the body its
 * document's examples make (with the object's own unit and supervisor) and a current If-Match, so the refusal is not
 * a validation or version error. Every mismatch is collected; counts per kind are printed.
 */
@SystemTest({TRAINING})
class OpenApiObjectAccessSystemTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> SCOPED_ROLES = List.of("PARTICIPANT", "SUPERVISOR", "UNIT_ADMIN");
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Jakarta");
    private static final Duration REPLICA_BOUND = Duration.ofMinutes(2);

    private static final String ANOTHER_PARTICIPANT = "another participant";
    private static final String ANOTHER_SUPERVISOR = "another supervisor's subordinate";
    private static final String ANOTHER_UNIT = "another unit";
    private static final String RIGHT_OWNER = "right owner";

    // The demo people (enrollment's demo/people.json) whose records the reads use.
    private static final String DISDUKCAPIL = DevPersonas.SAMPLE_UNIT;
    private static final DevIdentity ANDI = DevPersonas.PARTICIPANT;
    private static final DevIdentity ROSMAWATI = DevPersonas.SUPERVISOR;
    private static final DevIdentity RIKO = DevPersonas.UNIT_ADMIN;
    private static final DevIdentity MARIA = DevIdentity.person("PARTICIPANT", "199304282019032001", DISDUKCAPIL);
    /** Head of the office: Rosmawati's supervisor, not Andi's. */
    private static final DevIdentity KEPALA_DINAS =
            DevIdentity.person("SUPERVISOR", "197203151998031003", DISDUKCAPIL);
    private static final DevIdentity PARTICIPANT_MULYOREJO = DevPersonas.DEMO_PEOPLE.get("participant-mulyorejo");
    private static final DevIdentity SUPERVISOR_MULYOREJO = DevPersonas.DEMO_PEOPLE.get("supervisor-mulyorejo");
    private static final DevIdentity UNIT_ADMIN_MULYOREJO = DevPersonas.DEMO_PEOPLE.get("unit-admin-mulyorejo");
    private static final String DEMO_SERVICE_UNIT = "DUKCAPIL-SBG-LOKET";

    private final SystemStack stack;
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    OpenApiObjectAccessSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    /**
     * The other two services one after the other, not side by side: on this busy 2-core machine three services
     * opening their connection pools at once against one MariaDB ran into their 5 s acquisition timeout during
     * Liquibase (training and enrollment exited in four runs out of four; evaluation started).
     */
    @BeforeAll
    static void oneServiceAtATime(SystemStack stack) {
        stack.require(List.of(ENROLLMENT));
        stack.require(List.of(EVALUATION));
    }

    /** The kinds of object a path parameter can name. */
    enum Kind { PERSON, SUPERVISOR, UNIT, SERVICE_UNIT, ENROLLMENT }

    /** Someone calling, and how they relate to the object (a refusal kind, or {@link #RIGHT_OWNER}). */
    record Caller(String relation, DevIdentity identity) {
    }

    /**
     * One object: the value for its path parameter, who owns it per role, who does not, and the body properties that
     * keep a write on it (its unit, its supervisor).
     */
    record Target(String value, Map<String, DevIdentity> owners, Map<String, List<Caller>> strangers,
            Map<String, Object> bodyValues) {
    }

    /** The object a path parameter names, from its name, description and the path; empty for other parameters. */
    static Optional<Kind> kindOf(Operation operation, Map<String, Object> parameter) {
        String name = String.valueOf(parameter.get("name"));
        String description = String.valueOf(parameter.get("description")).toLowerCase(Locale.ROOT);
        if (name.equalsIgnoreCase("nip")) {
            return Optional.of(description.contains("supervisor") ? Kind.SUPERVISOR : Kind.PERSON);
        }
        if (name.equals("unitCode")) {
            return Optional.of(Kind.UNIT);
        }
        if (name.equals("code") && operation.path().startsWith("/api/v1/service-units/")) {
            return Optional.of(Kind.SERVICE_UNIT);
        }
        if (name.equals("enrollmentId") || name.equals("id") && operation.path().startsWith("/api/v1/enrollments/")) {
            return Optional.of(Kind.ENROLLMENT);
        }
        return Optional.empty();
    }

    @Test
    void everyOwnedObjectIsRefusedToThoseWhoDoNotOwnIt() {
        long begin = System.nanoTime();
        Map<Kind, Target> reads = demoTargets();
        Fixture fixture = null;
        int operations = 0;
        for (String service : List.of(TRAINING, ENROLLMENT, EVALUATION)) {
            List<Operation> all = OpenApiOperations.of(stack, service);
            for (Operation operation : all) {
                Optional<Map.Entry<Map<String, Object>, Kind>> object = objectParameter(operation);
                if (object.isEmpty()) {
                    continue;
                }
                List<String> roles = SCOPED_ROLES.stream().filter(operation.roles()::contains).toList();
                if (roles.isEmpty()) {
                    skipped.add(operation.name() + " (" + String.join(", ", operation.roles()) + ")");
                    continue;
                }
                operations++;
                Kind kind = object.get().getValue();
                String parameter = String.valueOf(object.get().getKey().get("name"));
                boolean read = operation.method().equals("get");
                Target target;
                if (read) {
                    target = reads.get(kind);
                    if (kind == Kind.ENROLLMENT) {
                        target = withValue(target, readableEnrollment(operation, parameter, all));
                    }
                } else {
                    if (fixture == null) {
                        fixture = fixture();
                    }
                    target = fixture.targets().get(kind);
                }
                check(operation, all, parameter, kind, target, roles, read);
            }
        }
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        SystemStack.say("Object-level access from the OpenAPI documents: %d operations, %d cases in %.1f s; per kind %s",
                operations, cases, (System.nanoTime() - begin) / 1e9, counts);
        SystemStack.say("Answers (relation, status): %s", outcomes);
        SystemStack.say("Operations with an owned object but no role limited to its owners (not called): %s", skipped);
        assertTrue(operations > 20, "the documents list operations on people, units and enrollments: " + operations);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases + " cases answered otherwise");
    }

    private void check(Operation operation, List<Operation> all, String parameter, Kind kind, Target target,
            List<String> roles, boolean read) {
        // Strangers first: a write they could make would change what the owners' calls then meet.
        for (String role : roles) {
            for (Caller stranger : target.strangers().getOrDefault(role, List.of())) {
                Response response = call(operation, all, parameter, target, stranger.identity().withRoles(role));
                count(stranger.relation(), response);
                boolean refused = (response.statusCode() == 403 || response.statusCode() == 404)
                        && String.valueOf(response.contentType()).startsWith(PROBLEM_JSON);
                if (!refused) {
                    mismatches.add(operation.name() + " on " + kind + " " + target.value() + " by " + role + " "
                            + stranger.identity().nip() + " (" + stranger.relation() + "): expected 403/404"
                            + " problem+json, got " + response.statusCode() + " " + response.contentType() + " "
                            + abbreviated(response));
                }
            }
        }
        // What ADMIN gets is what an owner must get on a read: 2xx, or (another parameter names something missing,
        // e.g. an assessment id from the examples) the same refusal.
        int adminStatus = read ? call(operation, all, parameter, target, DevPersonas.ADMIN).statusCode() : 200;
        List<String> ownerAnswers = new ArrayList<>();
        boolean anyOwnerThrough = false;
        for (String role : roles) {
            DevIdentity owner = target.owners().get(role);
            if (owner == null) {
                continue;
            }
            Response response = call(operation, all, parameter, target, owner.withRoles(role));
            count(RIGHT_OWNER, response);
            int status = response.statusCode();
            boolean through = status / 100 == 2 || !read && status == 409;
            anyOwnerThrough |= through;
            ownerAnswers.add(role + " " + status);
            boolean asAdmin = adminStatus / 100 == 2 ? status / 100 == 2 : status == adminStatus;
            if (read && !asAdmin) {
                mismatches.add(operation.name() + " on " + kind + " " + target.value() + " by its owner " + role
                        + " " + owner.nip() + ": expected " + (adminStatus / 100 == 2 ? "2xx" : adminStatus)
                        + " as ADMIN gets, got " + status + " " + abbreviated(response));
            }
            if (read && adminStatus / 100 != 2) {
                outcomes.merge("read where ADMIN gets " + adminStatus + " too", 1, Integer::sum);
            }
        }
        if (!read && !anyOwnerThrough) {
            mismatches.add(operation.name() + " on " + kind + " " + target.value() + ": no owner got through "
                    + ownerAnswers + " (expected 2xx or 409 for at least one)");
        }
    }

    /** The first path parameter naming an owned object, with its kind. */
    private static Optional<Map.Entry<Map<String, Object>, Kind>> objectParameter(Operation operation) {
        for (Map<String, Object> parameter : operation.parameters("path")) {
            Optional<Kind> kind = kindOf(operation, parameter);
            if (kind.isPresent()) {
                return Optional.of(Map.entry(parameter, kind.get()));
            }
        }
        return Optional.empty();
    }

    private void count(String relation, Response response) {
        counts.merge(relation, 1, Integer::sum);
        outcomes.merge(relation + " " + response.statusCode(), 1, Integer::sum);
    }

    // --- calls ----------------------------------------------------------------------------------------------------

    private Response call(Operation operation, List<Operation> all, String parameter, Target target,
            DevIdentity caller) {
        String uri = uri(operation, Map.of(parameter, target.value()));
        RequestSpecification request = request(operation.service(), caller);
        for (Map<String, Object> header : operation.parameters("header")) {
            if ("If-Match".equalsIgnoreCase(String.valueOf(header.get("name")))) {
                etag(operation, all, uri).ifPresent(etag -> request.header("If-Match", etag));
            }
        }
        Object body = operation.method().equals("get") || operation.method().equals("delete") ? null
                : operation.exampleBody();
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> adjusted = new LinkedHashMap<>();
            map.forEach((key, value) -> adjusted.put(String.valueOf(key),
                    target.bodyValues().getOrDefault(String.valueOf(key), value)));
            body = adjusted;
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        } else if (!operation.method().equals("get") && operation.definition().get("requestBody") != null) {
            // An optional body of any type (e.g. a withdrawal's reason): an empty JSON object, not RestAssured's
            // default form encoding.
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(operation.method().toUpperCase(Locale.ROOT), uri);
    }

    /** The path with the object and the other parameters (their examples) filled in, plus required query values. */
    private static String uri(Operation operation, Map<String, String> values) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = String.valueOf(parameter.get("name"));
            if ("path".equals(parameter.get("in"))) {
                String value = values.getOrDefault(name, operation.exampleValue(parameter, "X1"));
                path = path.replace("{" + name + "}", encode(value));
            } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                query.append(query.isEmpty() ? '?' : '&').append(encode(name)).append('=')
                        .append(encode(operation.exampleValue(parameter, "1")));
            }
        }
        return path + query;
    }

    /**
     * The current ETag of what a write changes, read by ADMIN from the longest GET path of the service that starts
     * the write's path (e.g. {@code /participants/{nip}} for {@code /participants/{nip}/contact}).
     */
    private Optional<String> etag(Operation write, List<Operation> all, String uri) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        Optional<Operation> reader = all.stream().filter(o -> o.method().equals("get"))
                .filter(o -> path.matches(template(o.path()) + "(/.*)?"))
                .max(Comparator.comparingInt(o -> o.path().length()));
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        int segments = reader.get().path().split("/").length;
        String readPath = String.join("/", List.of(path.split("/")).subList(0, segments));
        return Optional.ofNullable(request(write.service(), DevPersonas.ADMIN).get(readPath).header("ETag"));
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^}]+}", "[^/]+").replace(":", "\\:");
    }

    private RequestSpecification request(String service, DevIdentity identity) {
        // As written: RestAssured would encode the ':' of custom verbs (courses:import), which then match nothing.
        return stack.request(service).urlEncodingEnabled(false).redirects().follow(false).accept(ContentType.JSON)
                .header("Authorization", DevTokens.bearer(identity));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(Response response) {
        String body = response.asString();
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    // --- objects --------------------------------------------------------------------------------------------------

    /** Andi, his supervisor Rosmawati, his unit DISDUKCAPIL-SIBOLGA and its service counter, from the demo data. */
    private static Map<Kind, Target> demoTargets() {
        Map<Kind, Target> targets = new LinkedHashMap<>();
        Target andi = person(ANDI.nip(), ANDI, ROSMAWATI, RIKO, List.of(MARIA, PARTICIPANT_MULYOREJO),
                List.of(KEPALA_DINAS, SUPERVISOR_MULYOREJO), List.of(UNIT_ADMIN_MULYOREJO), Map.of());
        targets.put(Kind.PERSON, andi);
        targets.put(Kind.ENROLLMENT, andi);
        targets.put(Kind.SUPERVISOR, supervisor(ROSMAWATI, RIKO, List.of(KEPALA_DINAS, SUPERVISOR_MULYOREJO),
                List.of(UNIT_ADMIN_MULYOREJO)));
        Target unit = unit(DISDUKCAPIL, ANDI, ROSMAWATI, RIKO,
                List.of(PARTICIPANT_MULYOREJO, SUPERVISOR_MULYOREJO, UNIT_ADMIN_MULYOREJO), Map.of());
        targets.put(Kind.UNIT, unit);
        targets.put(Kind.SERVICE_UNIT, withValue(unit, DEMO_SERVICE_UNIT));
        return targets;
    }

    private static Target person(String nip, DevIdentity self, DevIdentity supervisor, DevIdentity unitAdmin,
            List<DevIdentity> otherParticipants, List<DevIdentity> otherSupervisors, List<DevIdentity> otherUnits,
            Map<String, Object> bodyValues) {
        Map<String, DevIdentity> owners = Map.of("PARTICIPANT", self, "SUPERVISOR", supervisor, "UNIT_ADMIN",
                unitAdmin);
        Map<String, List<Caller>> strangers = Map.of(
                "PARTICIPANT", otherParticipants.stream().map(p -> new Caller(ANOTHER_PARTICIPANT, p)).toList(),
                "SUPERVISOR", otherSupervisors.stream().map(p -> new Caller(ANOTHER_SUPERVISOR, p)).toList(),
                "UNIT_ADMIN", otherUnits.stream().map(p -> new Caller(ANOTHER_UNIT, p)).toList());
        return new Target(nip, owners, strangers, bodyValues);
    }

    /** A supervisor's own records (their subordinates' ratings): only they, and their unit's admin, own them. */
    private static Target supervisor(DevIdentity supervisor, DevIdentity unitAdmin,
            List<DevIdentity> otherSupervisors, List<DevIdentity> otherUnits) {
        Map<String, DevIdentity> owners = Map.of("PARTICIPANT", supervisor, "SUPERVISOR", supervisor, "UNIT_ADMIN",
                unitAdmin);
        Map<String, List<Caller>> strangers = Map.of(
                "SUPERVISOR", otherSupervisors.stream().map(p -> new Caller(ANOTHER_SUPERVISOR, p)).toList(),
                "UNIT_ADMIN", otherUnits.stream().map(p -> new Caller(ANOTHER_UNIT, p)).toList());
        return new Target(supervisor.nip(), owners, strangers, Map.of());
    }

    /** A unit (or a service unit under it): its people own it, people of another unit do not. */
    private static Target unit(String code, DevIdentity participant, DevIdentity supervisor, DevIdentity unitAdmin,
            List<DevIdentity> otherUnit, Map<String, Object> bodyValues) {
        Map<String, DevIdentity> owners = Map.of("PARTICIPANT", participant, "SUPERVISOR", supervisor, "UNIT_ADMIN",
                unitAdmin);
        Map<String, List<Caller>> strangers = new LinkedHashMap<>();
        for (DevIdentity other : otherUnit) {
            for (String role : other.roles()) {
                strangers.computeIfAbsent(role, r -> new ArrayList<>()).add(new Caller(ANOTHER_UNIT, other));
            }
        }
        return new Target(code, owners, strangers, bodyValues);
    }

    private static Target withValue(Target target, String value) {
        return new Target(value, target.owners(), target.strangers(), target.bodyValues());
    }

    /** Andi's enrollment that ADMIN can read through this operation (a completed one for the evaluations). */
    private String readableEnrollment(Operation operation, String parameter, List<Operation> all) {
        List<Map<String, Object>> enrollments = request(ENROLLMENT, DevPersonas.ADMIN).queryParam("nip", ANDI.nip())
                .queryParam("size", 100).get("/api/v1/enrollments").then().statusCode(200).extract().path("items");
        for (Map<String, Object> enrollment : enrollments) {
            String id = String.valueOf(enrollment.get("id"));
            if (request(operation.service(), DevPersonas.ADMIN).get(uri(operation, Map.of(parameter, id)))
                    .statusCode() == 200) {
                return id;
            }
        }
        throw new AssertionError(operation.name() + ": none of Andi's " + enrollments.size()
                + " enrollments is readable by ADMIN");
    }

    /** What the writes act on, all in a unit of this run: no demo record changes. */
    private record Fixture(Map<Kind, Target> targets) {
    }

    /**
     * A unit of this run with a participant, their supervisor, another supervisor and another participant (of that
     * other supervisor) and a unit admin; a session of its own that the participant has asked for; a service unit
     * under the unit.
     */
    private Fixture fixture() {
        String unitCode = "SECTEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LocalDate born = LocalDate.of(1966, 1, 1)
                .plusDays(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 30 * 365));
        DevIdentity boss = DevIdentity.person("SUPERVISOR", nip(born, 1), unitCode);
        DevIdentity otherBoss = DevIdentity.person("SUPERVISOR", nip(born, 2), unitCode);
        DevIdentity admin = DevIdentity.person("UNIT_ADMIN", nip(born, 3), unitCode);
        DevIdentity person = DevIdentity.person("PARTICIPANT", nip(born, 4), unitCode);
        DevIdentity other = DevIdentity.person("PARTICIPANT", nip(born, 5), unitCode);
        register(boss, null);
        register(otherBoss, null);
        register(admin, boss.nip());
        register(person, boss.nip());
        register(other, otherBoss.nip());

        String sessionId = newSession();
        await("session " + sessionId + " in enrollment's replica").atMost(REPLICA_BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> request(ENROLLMENT, DevPersonas.ADMIN).get("/api/v1/sessions/{id}/seats", sessionId)
                        .statusCode() == 200);
        Response enrollment = request(ENROLLMENT, person).contentType(ContentType.JSON)
                .body(Map.of("nip", person.nip(), "sessionId", sessionId)).post("/api/v1/enrollments");
        assertEquals(201, enrollment.statusCode(), enrollment.asString());

        Map<String, Object> serviceUnit = new LinkedHashMap<>();
        String serviceUnitCode = unitCode + "-LOKET";
        serviceUnit.put("code", serviceUnitCode);
        serviceUnit.put("name", "Loket Uji Keamanan");
        serviceUnit.put("agency", "Pemerintah Kota Sibolga");
        serviceUnit.put("parentUnitCode", unitCode);
        serviceUnit.put("region", "Kota Sibolga");
        serviceUnit.put("serviceTypes", List.of("KTP-el", "Kartu Keluarga"));
        serviceUnit.put("keyCompetencies", List.of("PELAYANAN-PRIMA"));
        serviceUnit.put("frontLineStaff", 4);
        Response created = request(EVALUATION, DevPersonas.ADMIN).contentType(ContentType.JSON).body(serviceUnit)
                .post("/api/v1/service-units");
        assertEquals(201, created.statusCode(), created.asString());

        Map<String, Object> personBody = Map.of("unitCode", unitCode, "supervisorNip", boss.nip());
        Map<Kind, Target> targets = new LinkedHashMap<>();
        Target owned = person(person.nip(), person, boss, admin, List.of(other, ANDI), List.of(otherBoss, ROSMAWATI),
                List.of(RIKO, UNIT_ADMIN_MULYOREJO), personBody);
        targets.put(Kind.PERSON, owned);
        targets.put(Kind.ENROLLMENT, withValue(owned, enrollment.path("id")));
        targets.put(Kind.SUPERVISOR, supervisor(boss, admin, List.of(otherBoss, ROSMAWATI), List.of(RIKO)));
        Target unit = unit(unitCode, person, boss, admin, List.of(ANDI, ROSMAWATI, RIKO),
                Map.of("parentUnitCode", unitCode, "unitCode", unitCode));
        targets.put(Kind.UNIT, unit);
        targets.put(Kind.SERVICE_UNIT, new Target(serviceUnitCode, unit.owners(), unit.strangers(),
                Map.of("parentUnitCode", unitCode, "code", serviceUnitCode)));
        SystemStack.say("Fixture for writes: unit %s, participant %s (supervisor %s), session %s, enrollment %s,"
                + " service unit %s", unitCode, person.nip(), boss.nip(), sessionId, enrollment.path("id"),
                serviceUnitCode);
        return new Fixture(targets);
    }

    private void register(DevIdentity who, String supervisorNip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", who.nip());
        body.put("name", "Pegawai Uji Keamanan " + who.nip().substring(14));
        body.put("email", "keamanan" + who.nip().substring(14) + "@sibolgakota.go.id");
        body.put("employeeType", "PNS");
        body.put("agency", "Pemerintah Kota Sibolga");
        body.put("unitCode", who.unit());
        body.put("positionCode", "PENGADMINISTRASI-LAYANAN");
        body.put("positionName", "Pengadministrasi Layanan");
        if (supervisorNip != null) {
            body.put("supervisorNip", supervisorNip);
        }
        Response response = request(ENROLLMENT, DevPersonas.ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/participants");
        assertEquals(201, response.statusCode(), response.asString());
    }

    /** A valid NIP of this run: the born day chosen per run, appointed at 25, male, serial 800 + index. */
    private static String nip(LocalDate born, int index) {
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d1%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), born.getYear() + 25, born.getMonthValue(), 800 + index);
    }

    /** A copy of an open demo session, later than any other, created and opened by the catalogue manager. */
    private String newSession() {
        LocalDate today = LocalDate.now(AGENCY_ZONE);
        return new DemoSessionCopies(stack).create("SECTEST-" + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(Locale.ROOT), today.plusDays(400 + Math.floorMod(UUID.randomUUID().hashCode(), 300)), 5,
                today).id();
    }
}
