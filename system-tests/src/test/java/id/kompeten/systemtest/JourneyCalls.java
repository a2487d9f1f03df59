package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The calls a seed journey makes, as its users make them (over HTTP, with their own tokens), and the business clock
 * of each service: a journey that needs a later day restarts a service with {@code KOMPETEN_CLOCK_OFFSET}, and
 * {@link #restoreRealTime()} brings every one it moved back (later test classes share the stack). Every call counts
 * the assertions it makes, so a journey can print how many it checked.
 */
final class JourneyCalls {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Jakarta");
    /** Events cross a topic or two; seconds on a quiet machine, the bound leaves room for a loaded one. */
    static final Duration EVENT_BOUND = Duration.ofMinutes(2);

    private final SystemStack stack;
    /** Days each service's clock is ahead of real time (only those this journey moved). */
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    private int assertions;

    JourneyCalls(SystemStack stack) {
        this.stack = stack;
    }

    // ---- counting assertions -------------------------------------------------------------------------------------

    void equal(Object expected, Object actual, String what) {
        assertions++;
        assertEquals(expected, actual, what);
    }

    void check(boolean condition, String what) {
        assertions++;
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    /** The answer has the status, else the assertion shows its body. */
    Response status(int expected, Response response, String what) {
        assertions++;
        assertEquals(expected, response.statusCode(), what + ": " + response.asString());
        return response;
    }

    int assertions() {
        return assertions;
    }

    // ---- time --------------------------------------------------------------------------------------------------

    /** The day a service's clock shows now (agency zone). */
    LocalDate today(String service) {
        return LocalDate.now(AGENCY_ZONE).plusDays(offsets.getOrDefault(service, 0));
    }

    /** Restarts the service with its clock so many days ahead of real time (0: real time). */
    void setClock(String service, int daysAhead) {
        if (offsets.getOrDefault(service, 0) == daysAhead) {
            return;
        }
        stack.restart(service, Map.of("KOMPETEN_CLOCK_OFFSET", daysAhead == 0 ? "" : Period.ofDays(daysAhead)
                .toString()));
        if (daysAhead == 0) {
            offsets.remove(service);
        } else {
            offsets.put(service, daysAhead);
        }
    }

    /** Every service this journey moved back on real time. */
    void restoreRealTime() {
        for (String service : List.copyOf(offsets.keySet())) {
            setClock(service, 0);
        }
    }

    // ---- tokens and requests -------------------------------------------------------------------------------------

    RequestSpecification as(String service, DevIdentity identity) {
        return stack.request(service).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", DevTokens.bearer(identity));
    }

    RequestSpecification anonymous(String service) {
        return stack.request(service).accept(ContentType.JSON);
    }

    RequestSpecification catalogue() {
        return as(TRAINING, DevPersonas.CATALOG_MANAGER);
    }

    RequestSpecification admin(String service) {
        return as(service, DevPersonas.ADMIN);
    }

    // ---- training: the catalogue ---------------------------------------------------------------------------------

    void competency(String code, String nameId, String nameEn, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", Map.of("id", nameId, "en", nameEn));
        body.put("type", type);
        body.put("description", nameId + " (journey " + code + ")");
        status(201, catalogue().body(body).post("/api/v1/competencies"), "competency " + code);
    }

    String university(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "UNIVERSITY");
        body.put("name", name);
        body.put("contact", Map.of("address", "Kota Sibolga"));
        body.put("accreditation", Map.of("status", "ACCREDITED", "body", "LAN RI",
                "validUntil", LocalDate.now(AGENCY_ZONE).plusYears(2).toString()));
        return status(201, catalogue().body(body).post("/api/v1/providers"), "provider " + name).path("id");
    }

    /** Creates and publishes a classroom course; returns its id. */
    String publishedCourse(String code, String title, String providerId, String competency, int level, int jp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("description", title + " bagi petugas pelayanan");
        body.put("objectives", List.of("Menerapkan " + title + " di loket"));
        body.put("competencies", List.of(Map.of("code", competency, "level", level)));
        body.put("methods", List.of("LECTURE", "SIMULATION"));
        body.put("deliveryMode", "CLASSROOM");
        body.put("jp", jp);
        body.put("providerId", providerId);
        Response created = status(201, catalogue().body(body).post("/api/v1/courses"), "course " + code);
        String id = created.path("id");
        Response published = status(200, catalogue().header("If-Match", created.header("ETag"))
                .post("/api/v1/courses/{id}/publish", id), "publish " + code);
        equal("PUBLISHED", published.path("status"), "course " + code + " status");
        return id;
    }

    /**
     * Creates and opens a session whose days are {@code days} (each {@code jp / days.size()} JP), enrollment open from
     * enrollment's today until the day before the first; returns its id.
     */
    String openSession(String courseId, String code, List<LocalDate> days, int jp, String regionCode,
            String regionName, String venue, int capacity) {
        List<Map<String, Object>> schedule = new ArrayList<>();
        for (LocalDate day : days) {
            schedule.add(Map.of("date", day.toString(), "jp", jp / days.size(), "topic", "Hari " + (schedule.size()
                    + 1)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("startDate", days.get(0).toString());
        body.put("endDate", days.get(days.size() - 1).toString());
        body.put("schedule", schedule);
        body.put("region", Map.of("code", regionCode, "name", regionName));
        body.put("location", venue);
        body.put("capacity", capacity);
        body.put("enrollmentOpensOn", today(ENROLLMENT).toString());
        body.put("enrollmentClosesOn", days.get(0).minusDays(1).toString());
        body.put("trainers", List.of(Map.of("name", "Dr. Rina Siregar")));
        Response created = status(201, catalogue().body(body).post("/api/v1/courses/{id}/sessions", courseId),
                "session " + code);
        String id = created.path("id");
        Response opened = status(200, catalogue().header("If-Match", created.header("ETag"))
                .post("/api/v1/sessions/{id}/open", id), "open " + code);
        equal("OPEN", opened.path("status"), "session " + code + " status");
        return id;
    }

    /** The public catalogue's view of a session (no token). */
    JsonPath publicSession(String sessionId) {
        return status(200, anonymous(TRAINING).get("/api/v1/sessions/{id}", sessionId), "public session")
                .jsonPath();
    }

    /** Waits until the public catalogue shows the seats taken (from enrollment's SeatsChanged). */
    void awaitPublicSeats(String sessionId, int seatsTaken, String status) {
        await("public seats of " + sessionId).atMost(EVENT_BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonPath session = anonymous(TRAINING).get("/api/v1/sessions/{id}", sessionId).jsonPath();
                    return Integer.valueOf(seatsTaken).equals(session.get("seatsTaken"))
                            && status.equals(session.get("status"));
                });
        JsonPath session = publicSession(sessionId);
        equal(seatsTaken, session.getInt("seatsTaken"), "public seatsTaken");
        equal(status, session.getString("status"), "public session status");
    }

    // ---- enrollment ----------------------------------------------------------------------------------------------

    void register(DevIdentity unitAdmin, String nip, String name, String agency, String positionCode,
            String positionName, String supervisorNip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("name", name);
        body.put("email", "pegawai" + nip.substring(14) + "@contoh.go.id");
        body.put("phone", "+62 812 6543 2109");
        body.put("employeeType", "PNS");
        body.put("agency", agency);
        body.put("unitCode", unitAdmin.unit());
        body.put("positionCode", positionCode);
        body.put("positionName", positionName);
        body.put("supervisorNip", supervisorNip);
        status(201, as(ENROLLMENT, unitAdmin).body(body).post("/api/v1/participants"), "register " + nip);
    }

    /** Enrollment knows the session once the catalogue's events arrived: its seats answer. */
    void awaitSessionInEnrollment(String sessionId) {
        await("session " + sessionId + " in enrollment's replica").atMost(EVENT_BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> admin(ENROLLMENT).get("/api/v1/sessions/{id}/seats", sessionId).statusCode() == 200);
    }

    /** The unit admin nominates a person; returns the enrollment (REQUESTED). */
    Response nominate(DevIdentity unitAdmin, String nip, String sessionId) {
        Response created = retrying(() -> as(ENROLLMENT, unitAdmin)
                .body(Map.of("nip", nip, "sessionId", sessionId)).post("/api/v1/enrollments"));
        status(201, created, "nomination of " + nip);
        equal("REQUESTED", created.path("status"), "nomination of " + nip);
        return created;
    }

    Response approve(DevIdentity supervisor, String enrollmentId) {
        String etag = as(ENROLLMENT, supervisor).get("/api/v1/enrollments/{id}", enrollmentId).header("ETag");
        return status(200, as(ENROLLMENT, supervisor).header("If-Match", etag)
                .post("/api/v1/enrollments/{id}/approve", enrollmentId), "approval of " + enrollmentId);
    }

    Response withdraw(DevIdentity participant, String enrollmentId, String reason) {
        String etag = as(ENROLLMENT, participant).get("/api/v1/enrollments/{id}", enrollmentId).header("ETag");
        return status(200, as(ENROLLMENT, participant).header("If-Match", etag).body(Map.of("reason", reason))
                .post("/api/v1/enrollments/{id}/withdraw", enrollmentId), "withdrawal of " + enrollmentId);
    }

    JsonPath enrollment(String enrollmentId) {
        return status(200, admin(ENROLLMENT).get("/api/v1/enrollments/{id}", enrollmentId), "enrollment")
                .jsonPath();
    }

    void seats(String sessionId, int capacity, int confirmed, int waitlisted) {
        JsonPath seats = status(200, admin(ENROLLMENT).get("/api/v1/sessions/{id}/seats", sessionId), "seats")
                .jsonPath();
        equal(capacity, seats.getInt("capacity"), "capacity");
        equal(confirmed, seats.getInt("confirmed"), "confirmed");
        equal(waitlisted, seats.getInt("waitlisted"), "waitlisted");
    }

    void attendance(String sessionId, Map<String, List<String>> byNip, List<LocalDate> days) {
        List<Map<String, Object>> entries = new ArrayList<>();
        byNip.forEach((nip, statuses) -> {
            for (int i = 0; i < days.size(); i++) {
                entries.add(Map.of("nip", nip, "date", days.get(i).toString(), "status", statuses.get(i)));
            }
        });
        status(200, enrollmentAsCatalogue().body(Map.of("entries", entries))
                .put("/api/v1/sessions/{id}/attendance", sessionId), "attendance");
    }

    void scores(String sessionId, Map<String, int[]> prePost) {
        List<Map<String, Object>> entries = new ArrayList<>();
        prePost.forEach((nip, scores) -> {
            entries.add(Map.of("nip", nip, "kind", "PRE", "score", scores[0]));
            entries.add(Map.of("nip", nip, "kind", "POST", "score", scores[1]));
        });
        status(200, enrollmentAsCatalogue().body(Map.of("entries", entries))
                .put("/api/v1/sessions/{id}/assessments", sessionId), "scores");
    }

    RequestSpecification enrollmentAsCatalogue() {
        return as(ENROLLMENT, DevPersonas.CATALOG_MANAGER);
    }

    // ---- evaluation ----------------------------------------------------------------------------------------------

    RequestSpecification evaluation() {
        return as(EVALUATION, DevPersonas.ADMIN);
    }

    /** Writes a standard for a position; the competencies reach evaluation's catalogue copy through events. */
    void positionStandard(String position, String name, Map<String, Integer> minLevels) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        minLevels.forEach((code, level) -> requirements.add(Map.of("competencyCode", code, "minLevel", level)));
        Map<String, Object> body = Map.of("positionName", name, "requirements", requirements);
        status(201, untilNot(400, () -> evaluation().body(body)
                .put("/api/v1/positions/{code}/competency-standard", position)), "standard of " + position);
    }

    void serviceUnit(String code, String name, String agency, String parent, List<String> serviceTypes,
            List<String> keyCompetencies, int frontLineStaff) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("agency", agency);
        body.put("parentUnitCode", parent);
        body.put("region", "Kota Sibolga");
        body.put("serviceTypes", serviceTypes);
        body.put("keyCompetencies", keyCompetencies);
        body.put("frontLineStaff", frontLineStaff);
        status(201, untilNot(400, () -> evaluation().body(body).post("/api/v1/service-units")),
                "service unit " + code);
    }

    void skmMap(String agency, Map<String, List<String>> elements) {
        Response saved = evaluation().body(Map.of("elements", elements))
                .put("/api/v1/skm-competency-maps/{agency}", agency);
        check(saved.statusCode() == 201 || saved.statusCode() == 200, "SKM map: " + saved.asString());
    }

    /** {@code count} responses of the same answers on one day, as the unit's survey export sends them. */
    void surveys(DevIdentity sender, String serviceUnit, LocalDate day, int count, Map<String, Integer> scores) {
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(Map.of("date", day.toString(), "serviceType", "KTP-el", "scores", scores));
        }
        Response sent = as(EVALUATION, sender).body(Map.of("responses", responses))
                .post("/api/v1/service-units/{code}/surveys", serviceUnit);
        check(sent.statusCode() == 201 || sent.statusCode() == 200, "surveys: " + sent.asString());
    }

    JsonPath close(String sessionId) {
        return json(status(200, enrollmentAsCatalogue().post("/api/v1/sessions/{id}/close", sessionId), "close"));
    }

    /** The person's transcript of the close's year holds the course with its JP and certificate, which verifies. */
    void transcriptAndCertificate(DevIdentity participant, String title, int jp, String certificate, String provider,
            List<LocalDate> days, LocalDate closeDay) {
        String nip = participant.nip();
        JsonPath transcript = json(status(200, as(ENROLLMENT, participant).queryParam("year", closeDay.getYear())
                .get("/api/v1/participants/{nip}/transcript", nip), "transcript of " + nip));
        dump("transcript", transcript);
        equal(jp, transcript.getInt("completedJp"), "completed JP of " + nip);
        equal(jp >= 20, transcript.getBoolean("minimumMet"), "minimum met of " + nip);
        equal(Math.max(0, 20 - jp), transcript.getInt("shortfallJp"), "shortfall of " + nip);
        equal(1, transcript.getList("completedCourses").size(), "courses of " + nip);
        equal(title, transcript.getString("completedCourses[0].courseTitle"), "course of " + nip);
        equal(jp, transcript.getInt("completedCourses[0].jp"), "course JP of " + nip);
        equal(provider, transcript.getString("completedCourses[0].providerName"), "provider of " + nip);
        equal(certificate, transcript.getString("completedCourses[0].certificateNumber"), "certificate of " + nip);
        check(certificate.matches("KMP-" + closeDay.getYear() + "(-[0-9A-Z]{4}){4}"), "certificate " + certificate);
        // Verification is public (no token) and lenient about letter case.
        JsonPath verified = json(status(200, anonymous(ENROLLMENT).get("/api/v1/certificates/{n}",
                certificate.toLowerCase(Locale.ROOT)), "certificate " + certificate));
        dump("certificate", verified);
        equal(certificate, verified.getString("number"), "certificate number");
        equal(true, verified.getBoolean("valid"), "certificate valid");
        equal(title, verified.getString("courseTitle"), "certificate course");
        equal(provider, verified.getString("providerName"), "certificate provider");
        equal(jp, verified.getInt("jp"), "certificate JP");
        equal("*".repeat(15) + nip.substring(15), verified.getString("maskedNip"), "masked NIP");
        equal(days.get(0).toString(), verified.getString("sessionStartDate"), "certificate start");
        equal(days.get(days.size() - 1).toString(), verified.getString("sessionEndDate"), "certificate end");
        equal(closeDay.toString(), verified.getString("issuedOn"), "certificate issued on");
        check(!verified.prettify().contains(nip) && !verified.prettify().contains("@"), "no NIP, no email");
    }

    /** Someone who did not complete has no JP this year. */
    void transcriptWithout(DevIdentity participant) {
        JsonPath transcript = json(status(200, as(ENROLLMENT, participant)
                .get("/api/v1/participants/{nip}/transcript", participant.nip()), "transcript"));
        equal(0, transcript.getInt("completedJp"), "no JP for " + participant.nip());
        equal(0, transcript.getList("completedCourses").size(), "no course for " + participant.nip());
    }

    /** Waits for the level to reach evaluation (CourseCompleted), then checks its source and day. */
    void awaitLevel(DevIdentity reader, String nip, String competency, int level, LocalDate day) {
        Map<String, Object> line = untilPresent("level of " + nip + " in " + competency, () -> {
            Response profile = as(EVALUATION, reader).get("/api/v1/employees/{nip}/competency-profile", nip);
            if (profile.statusCode() != 200) {
                return null;
            }
            List<Map<String, Object>> lines = profile.path("competencies");
            return lines.stream().filter(l -> competency.equals(l.get("competencyCode"))).findFirst().orElse(null);
        });
        equal(level, line.get("level"), "level of " + nip);
        equal("COURSE", line.get("source"), "source of " + nip + "'s level");
        equal(day.toString(), line.get("obtainedOn"), "day of " + nip + "'s level");
    }

    void noLevel(DevIdentity reader, String nip, String competency) {
        Response profile = as(EVALUATION, reader).get("/api/v1/employees/{nip}/competency-profile", nip);
        check(profile.statusCode() == 404 || !profile.asString().contains("\"" + competency + "\""),
                nip + " has no level in " + competency + ": " + profile.asString());
    }

    JsonPath awaitEffectiveness(String courseId, int completions) {
        untilPresent("completions of " + courseId + " in evaluation", () -> {
            Response effect = evaluation().get("/api/v1/courses/{id}/effectiveness", courseId);
            return effect.statusCode() == 200 && Integer.valueOf(completions).equals(effect
                    .path("overall.completions")) ? effect : null;
        });
        JsonPath effect = json(status(200, evaluation().get("/api/v1/courses/{id}/effectiveness", courseId),
                "effectiveness"));
        dump("effectiveness", effect);
        equal(completions, effect.getInt("overall.completions"), "completions");
        return effect;
    }

    void learning(JsonPath effect, int measured, String pre, String post, String gain, String normalised) {
        equal(measured, effect.getInt("overall.learning.measured"), "L2 measured");
        equal(0, effect.getInt("overall.learning.scoresMissing"), "L2 missing");
        number(pre, effect.get("overall.learning.meanPreScore"), "L2 pre");
        number(post, effect.get("overall.learning.meanPostScore"), "L2 post");
        number(gain, effect.get("overall.learning.meanGain"), "L2 gain");
        number(normalised, effect.get("overall.learning.meanNormalisedGain"), "L2 normalised gain");
    }

    /** Waits for the unit's record of the month to count the completions, then checks every figure. */
    void trainingRecord(String unit, String period, int active, int trained, int completions, int jp,
            int trainedThisYear, String share) {
        untilPresent("training record of " + unit, () -> {
            Response record = evaluation().queryParam("period", period)
                    .get("/api/v1/units/{unit}/training-record", unit);
            return record.statusCode() == 200 && Integer.valueOf(completions).equals(record.path("completions"))
                    ? record : null;
        });
        JsonPath record = json(status(200, evaluation().queryParam("period", period)
                .get("/api/v1/units/{unit}/training-record", unit), "training record"));
        dump("training record", record);
        equal(active, record.getInt("activeStaff"), "active staff");
        equal(trained, record.getInt("staffTrained"), "staff trained");
        equal(completions, record.getInt("completions"), "completions");
        equal(jp, record.getInt("jpDelivered"), "JP delivered");
        equal(trainedThisYear, record.getInt("staffTrainedThisYear"), "trained this year");
        number(share, record.get("trainedShare"), "trained share");
    }

    JsonPath serviceQuality(String serviceUnit, String period) {
        JsonPath quality = json(status(200, evaluation().queryParam("period", period)
                .get("/api/v1/service-units/{code}/service-quality", serviceUnit), "service quality"));
        dump("service quality " + period, quality);
        return quality;
    }

    void ikm(String serviceUnit, String period, int respondents, String ikmUnit, String ikm, String grade) {
        JsonPath quality = serviceQuality(serviceUnit, period);
        number(ikmUnit, quality.get("ikmUnit"), serviceUnit + " IKM unit " + period);
        equal(respondents, quality.getInt("respondents"), serviceUnit + " respondents " + period);
        number(ikm, quality.get("ikm"), serviceUnit + " IKM " + period);
        equal(grade, quality.getString("grade"), serviceUnit + " grade " + period);
    }

    /**
     * A course's L4 (one session): complete, the office treated and the comparison unit, each group one unit of 30
     * respondents a period, the office 72.22 → 100.00 (+27.78), the comparison 75.00 → 77.78 (+2.78), DiD 25.00;
     * the window is the three months before the session's first month and the three after its last.
     */
    void results(JsonPath effect, String treated, String comparison, String did, YearMonth first, YearMonth last) {
        Map<String, Object> overall = effect.getMap("overall.results");
        equal("COMPLETE", overall.get("status"), "L4 status");
        equal(1, overall.get("treatedObservations"), "treated observations");
        equal(1, overall.get("comparisonObservations"), "comparison observations");
        number(did, effect.get("overall.results.ikm.differenceInDifferences"), "L4 IKM DiD");
        group(effect.getMap("overall.results.ikm.treated"), "72.22", "100.00", "27.78");
        group(effect.getMap("overall.results.ikm.comparison"), "75.00", "77.78", "2.78");
        equal(1, effect.getList("sessions").size(), "one session");
        Map<String, Object> window = effect.getMap("sessions[0].figures.results.window");
        equal(Map.of("beforeFirst", first.minusMonths(3).toString(), "beforeLast", first.minusMonths(1).toString(),
                "afterFirst", last.plusMonths(1).toString(), "afterLast", last.plusMonths(3).toString(),
                "afterMonthsComplete", 3), Map.copyOf(window), "L4 window");
        List<Map<String, Object>> units = effect.getList("sessions[0].figures.results.units");
        equal(2, units.size(), "L4 units");
        unit(find(units, "unitCode", treated), "TREATED", "72.22", "100.00", "27.78");
        unit(find(units, "unitCode", comparison), "COMPARISON", "75.00", "77.78", "2.78");
    }

    private void group(Map<String, Object> group, String before, String after, String change) {
        equal(1, group.get("units"), "units counted");
        equal(0, group.get("leftOut"), "units left out");
        number(before, group.get("meanBefore"), "group before");
        number(after, group.get("meanAfter"), "group after");
        number(change, group.get("meanChange"), "group change");
        equal(30, group.get("respondentsBefore"), "group respondents before");
        equal(30, group.get("respondentsAfter"), "group respondents after");
    }

    private void unit(Map<String, Object> unit, String group, String before, String after, String change) {
        equal(group, unit.get("group"), "group of " + unit.get("unitCode"));
        equal(30, unit.get("respondentsBefore"), "respondents before");
        equal(30, unit.get("respondentsAfter"), "respondents after");
        equal(false, unit.get("tooFewRespondents"), "enough respondents");
        number(before, ((Map<?, ?>) unit.get("ikm")).get("before"), "unit before");
        number(after, ((Map<?, ?>) unit.get("ikm")).get("after"), "unit after");
        number(change, ((Map<?, ?>) unit.get("ikm")).get("change"), "unit change");
    }

    JsonPath trainingEffect(String serviceUnit) {
        JsonPath effect = json(status(200, evaluation().get("/api/v1/service-units/{code}/training-effect",
                serviceUnit), "training effect"));
        dump("training effect", effect);
        return effect;
    }

    JsonPath recommendations(DevIdentity reader, String unit, String period) {
        JsonPath recommendations = json(status(200, as(EVALUATION, reader).queryParam("period", period)
                .get("/api/v1/units/{unit}/training-recommendations", unit), "recommendations"));
        dump("recommendations", recommendations);
        return recommendations;
    }

    void staffGap(Map<String, Object> gap, int measured, int below, String meanGap) {
        dump("staff gap", gap);
        equal(measured, gap.get("staffMeasured"), "staff measured");
        equal(below, gap.get("belowStandard"), "staff below");
        number(meanGap, gap.get("meanGap"), "mean gap");
    }

    JsonPath dashboard(String agency, String period) {
        JsonPath dashboard = json(status(200, evaluation().queryParam("agency", agency).queryParam("period", period)
                .get("/api/v1/dashboard/overview"), "dashboard"));
        dump("dashboard", dashboard);
        return dashboard;
    }

    List<Object> codes(List<Map<String, Object>> gaps) {
        return gaps.stream().map(gap -> gap.get("competencyCode")).toList();
    }

    Map<String, Object> find(List<Map<String, Object>> lines, String key, Object value) {
        Map<String, Object> line = lines.stream().filter(l -> value.equals(l.get(key))).findFirst().orElse(null);
        check(line != null, "a line with " + key + " " + value + " in " + lines);
        return line;
    }

    /** Numbers compared by value: 85.00 is 85.0 (JSON keeps two decimals, the comparison needs not). */
    void number(String expected, Object actual, String what) {
        assertions++;
        if (actual == null || new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())) != 0) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }

    int offset(String service) {
        return offsets.getOrDefault(service, 0);
    }

    static LocalDate realToday() {
        return LocalDate.now(AGENCY_ZONE);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static JsonPath json(Response response) {
        return response.jsonPath(JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** With -Djourney.dump=true, the answers the journey reads, for a reader who wants to see them. */
    static void dump(String what, Object body) {
        if (Boolean.getBoolean("journey.dump")) {
            SystemStack.say("%s: %s", what, body instanceof JsonPath json ? json.prettify() : body);
        }
    }

    /** Repeats a write refused with {@code status} (e.g. a competency evaluation does not know yet). */
    static Response untilNot(int status, Supplier<Response> call) {
        Response response = call.get();
        long deadline = System.nanoTime() + EVENT_BOUND.toNanos();
        while (response.statusCode() == status && System.nanoTime() < deadline) {
            sleep(500);
            response = call.get();
        }
        return response;
    }


    /** 503 (busy) and 409 catalogue-not-synchronised began nothing: retried, as a client would. */
    static Response retrying(Supplier<Response> call) {
        Response response = call.get();
        for (int attempt = 0; attempt < 40 && retryable(response); attempt++) {
            sleep(250);
            response = call.get();
        }
        return response;
    }

    private static boolean retryable(Response response) {
        return response.statusCode() == 503 || response.statusCode() == 409
                && String.valueOf(response.jsonPath().getString("type")).endsWith("catalog-not-synchronised");
    }

    static <T> T untilPresent(String what, Callable<T> read) {
        Object[] found = new Object[1];
        await(what).atMost(EVENT_BOUND).pollInterval(Duration.ofMillis(250)).until(() -> {
            found[0] = read.call();
            return found[0] != null;
        });
        @SuppressWarnings("unchecked")
        T value = (T) found[0];
        return value;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Four characters of this run, so that codes and people do not meet the demo data or another run's. */
    static String runSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase(Locale.ROOT);
    }

    /**
     * Valid NIPs of this run: born on a day chosen per run (1966-1995), appointed at 25, {@code gender} 1 or 2,
     * serial {@code serial}; no demo person and no earlier run in the same database has them.
     */
    static final class Nips {
        private final LocalDate born = LocalDate.of(1966, 1, 1)
                .plusDays(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 30 * 365));

        String nip(int serial, int gender) {
            return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(),
                    born.getDayOfMonth(), born.getYear() + 25, born.getMonthValue(), gender, serial);
        }
    }
}
