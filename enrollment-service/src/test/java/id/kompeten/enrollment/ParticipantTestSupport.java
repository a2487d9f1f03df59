package id.kompeten.enrollment;

import static io.restassured.RestAssured.given;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.security.Roles;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shared fixtures of the participant tests: numbers and units no other test uses, valid bodies, and requests with
 * development tokens of people (role, NIP, unit). Tests share one database, so each makes its own people and units.
 */
public final class ParticipantTestSupport {

    public static final String PARTICIPANTS = "/api/v1/participants";
    /** The agency's zone, as the service judges "today" in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** Numbers handed out in this JVM; the personas' are taken from the start. */
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    static {
        DevPersonas.ALL.stream().map(DevIdentity::nip).filter(Objects::nonNull).forEach(ISSUED::add);
    }
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private ParticipantTestSupport() {
    }

    /** A valid NIP no other test has: born 1965-1999, appointed at 20 to 30 (never in the future), either gender. */
    public static String newNip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate born = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
            YearMonth appointed = YearMonth.from(born.plusYears(20 + random.nextInt(11)));
            YearMonth latest = YearMonth.now(ZONE).minusMonths(1);
            String nip = DAY.format(born) + MONTH.format(appointed.isAfter(latest) ? latest : appointed)
                    + (1 + random.nextInt(2)) + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(999));
            if (ISSUED.add(nip)) {
                return nip;
            }
        }
    }

    /** A valid NI PPPK no other test has: born 1980-1999, appointed as PPPK in 2021-2024. */
    public static String newNiPppk() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate born = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(20 * 365));
            String number = DAY.format(born) + (2021 + random.nextInt(4)) + "21" + (1 + random.nextInt(2))
                    + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(999));
            if (ISSUED.add(number)) {
                return number;
            }
        }
    }

    /** A unit code no other test uses. */
    public static String newUnit() {
        return "UNIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A valid registration body of a PNS; callers change entries to make it invalid or to vary it. */
    public static Map<String, Object> participantBody(String nip, String unit, String supervisorNip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("name", "Budi Santoso Hutagalung");
        body.put("email", "budi.hutagalung@sibolgakota.go.id");
        body.put("phone", "+62 812 6543 2109");
        body.put("employeeType", "PNS");
        body.put("agency", "Pemerintah Kota Sibolga");
        body.put("unitCode", unit);
        body.put("positionCode", "PENGADMINISTRASI-LAYANAN");
        body.put("positionName", "Pengadministrasi Layanan Kependudukan");
        body.put("supervisorNip", supervisorNip);
        return body;
    }

    /** The body of PUT /participants/{nip}: a registration body without number and employee type. */
    public static Map<String, Object> updateBody(Map<String, Object> participantBody) {
        Map<String, Object> body = new LinkedHashMap<>(participantBody);
        body.remove("nip");
        body.remove("employeeType");
        return body;
    }

    /** Registers the participant as ADMIN; returns the number. */
    public static String register(Map<String, Object> body) {
        return as(admin()).body(body).post(PARTICIPANTS).then().statusCode(201).extract().jsonPath().getString("nip");
    }

    /** Registers a new PNS in the unit, reporting to the supervisor (may be null); returns the number. */
    public static String registerIn(String unit, String supervisorNip) {
        return register(participantBody(newNip(), unit, supervisorNip));
    }

    /** The participant's current ETag, read as ADMIN. */
    public static String etag(String nip) {
        return as(admin()).get(PARTICIPANTS + "/" + nip).then().statusCode(200).extract().header("ETag");
    }

    /** A JSON request with a development token for the identity. */
    public static RequestSpecification as(DevIdentity identity) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", DevTokens.bearer(identity));
    }

    public static DevIdentity admin() {
        return DevPersonas.ADMIN;
    }

    public static DevIdentity integration() {
        return DevIdentity.system(Roles.INTEGRATION);
    }

    /** The admin of a unit (a person of their own, not registered as a participant). */
    public static DevIdentity unitAdmin(String unit) {
        return DevIdentity.person(Roles.UNIT_ADMIN, newNip(), unit);
    }

    public static DevIdentity supervisor(String nip, String unit) {
        return DevIdentity.person(Roles.SUPERVISOR, nip, unit);
    }

    public static DevIdentity participant(String nip, String unit) {
        return DevIdentity.person(Roles.PARTICIPANT, nip, unit);
    }
}
