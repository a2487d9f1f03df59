package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.UNITS;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.batch;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.integration;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.quality;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.response;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.submit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.supervisor;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitAdmin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.value;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.evaluation.ServiceQualityMeasured;
import id.kompeten.evaluation.domain.SkmResultTest;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.Race;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /api/v1/service-units/{code}/surveys and GET .../service-quality: the SKM index through HTTP. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class SurveyTest {

    private static final String PARENT = "DISDUKCAPIL-SIBOLGA";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void theWorkedExampleComesBackWithEveryIntermediateValue() {
        String unit = unit(PARENT);
        submit(unitAdmin(PARENT), unit, batch("2026-10-05", SkmResultTest.WORKED)).then().statusCode(201)
                .body("stored", equalTo(10));

        for (String period : List.of("2026-10", "2026-Q4", "2026-S2", "2026")) {
            as(supervisor(PARENT)).queryParam("period", period).get(quality(unit)).then().statusCode(200)
                    .body("respondents", equalTo(10))
                    .body("elements.code", equalTo(List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")))
                    .body("elements.nrr", equalTo(List.of(3.5f, 3.3f, 2.6f, 3.8f, 3.2f, 3.2f, 3.3f, 2.8f, 3.1f)))
                    .body("ikmUnit", equalTo(3.2f))
                    .body("ikm", equalTo(80.0f))
                    .body("grade", equalTo("B"))
                    .body("gradeLabel", equalTo("Good"))
                    .body("weakestElements.code",
                            equalTo(List.of("U3", "U8", "U9", "U5", "U6", "U2", "U7", "U1", "U4")));
        }
        // Four decimals as the API writes them, and labels in the request's language.
        String body = as(admin()).header("Accept-Language", "id").queryParam("period", "2026-10").get(quality(unit))
                .then().statusCode(200)
                .body("elements[7].label", equalTo("Penanganan Pengaduan, Saran dan Masukan"))
                .body("elements[8].label", equalTo("Sarana dan Prasarana"))
                .body("gradeLabel", equalTo("Baik"))
                .body("from", equalTo("2026-10-01")).body("to", equalTo("2026-10-31"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"nrr\":3.5000"), body);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"ikmUnit\":3.2000"), body);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"ikm\":80.00"), body);

        // A period without responses is no error.
        as(admin()).queryParam("period", "2026-09").get(quality(unit)).then().statusCode(200)
                .body("respondents", equalTo(0)).body("ikm", nullValue()).body("ikmUnit", nullValue())
                .body("grade", nullValue()).body("elements[0].nrr", nullValue())
                .body("weakestElements", equalTo(List.of())).body("operations.monthsReported", equalTo(0))
                .body("operations.transactions", nullValue());
    }

    @Test
    void eachGradeBoundaryLandsOnTheRightSideThroughHttp() {
        Object[][] cases = {{19, 604, 88.30f, "B"}, {24, 763, 88.31f, "A"}, {26, 717, 76.60f, "C"},
            {19, 524, 76.61f, "B"}, {38, 889, 64.99f, "D"}, {5, 117, 65.00f, "C"}};
        for (Object[] boundary : cases) {
            String unit = unit(PARENT);
            submit(integration(), unit, batch("2026-10-05", SkmResultTestAccess.withTotal((int) boundary[0],
                    (int) boundary[1]))).then().statusCode(201);
            as(admin()).queryParam("period", "2026-10").get(quality(unit)).then().statusCode(200)
                    .body("ikm", equalTo(boundary[2])).body("grade", equalTo(boundary[3]));
        }
    }

    @Test
    void badInputsAre400sNamingTheFieldAndStoreNothing() {
        String unit = unit(PARENT);
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(response("2026-10-05", 3, 3, 3, 3, 3, 3, 3, 3, 3));
        }
        responses.set(1, response("2026-10-05", 0, 3, 3, 3, 3, 3, 3, 3, 3));
        responses.set(3, response("2026-10-05", 3, 3, 3, 3, 3, 3, 5, 3, 3));
        responses.set(4, response("2026-10-05", 3, 3, 3, 3, 3, 3, 3, 3)); // no U9
        submit(admin(), unit, Map.of("responses", responses)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("responses[1].scores.U1", "responses[3].scores.U7",
                        "responses[4].scores.U9")));
        // All or nothing: the three good responses were not stored either.
        as(admin()).queryParam("period", "2026-10").get(quality(unit)).then().body("respondents", equalTo(0));
        assertEquals("0", value("SELECT CAST(COUNT(*) AS CHAR) FROM skm_response WHERE service_unit_code = ?1",
                unit));

        String tomorrow = LocalDate.now().plusDays(2).toString();
        submit(admin(), unit, Map.of("responses", List.of(response(tomorrow, 3, 3, 3, 3, 3, 3, 3, 3, 3))))
                .then().statusCode(400).body("errors.field", equalTo(List.of("responses[0].date")));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(response("2026-10-05", 3, 3, 3, 3, 3, 3, 3, 3, 3));
        }
        submit(admin(), unit, Map.of("responses", tooMany)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("responses")));
        submit(admin(), unit, Map.of("responses", tooMany.subList(0, 5000))).then().statusCode(201)
                .body("stored", equalTo(5000));

        submit(admin(), "TIDAK-ADA", Map.of("responses", List.of(response("2026-10-05", 3, 3, 3, 3, 3, 3, 3, 3, 3))))
                .then().statusCode(404).contentType("application/problem+json");
        as(admin()).queryParam("period", "2026-10").get(quality("TIDAK-ADA")).then().statusCode(404);
        for (String period : List.of("2026-Q5", "2026-13", "2026-S3", "26-1")) {
            as(admin()).queryParam("period", period).get(quality(unit)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(List.of("period")));
        }
        as(admin()).get(quality(unit)).then().statusCode(400).body("errors.field", equalTo(List.of("period")));
    }

    @Test
    void aSwappedESkmExportLoadsIntoTheRightElements() {
        // The e-SKM app numbers facilities U8 and complaints U9: facilities scored 1, complaints 4 throughout.
        String csv = "date,serviceType,U1,U2,U3,U4,U5,U6,U7,U8,U9,gender\n"
                + "2026-10-05,KTP-el,3,3,3,3,3,3,3,1,4,P\n"
                + "2026-10-06,KTP-el,3,3,3,3,3,3,3,1,4,L\n";
        String swapped = unit(PARENT);
        as(integration()).contentType("text/csv").queryParam("elementOrder", "ESKM_SWAPPED").body(csv)
                .post(UNITS + "/{code}/surveys", swapped).then().statusCode(201).body("stored", equalTo(2));
        as(admin()).queryParam("period", "2026-10").get(quality(swapped)).then().statusCode(200)
                .body("elements[7].code", equalTo("U8")).body("elements[7].nrr", equalTo(4.0f))
                .body("elements[7].label", equalTo("Handling of complaints, suggestions and input"))
                .body("elements[8].code", equalTo("U9")).body("elements[8].nrr", equalTo(1.0f));

        // Without the mapping the codes are the regulation's.
        String regulation = unit(PARENT);
        as(integration()).contentType("text/csv").body(csv).post(UNITS + "/{code}/surveys", regulation).then()
                .statusCode(201);
        as(admin()).queryParam("period", "2026-10").get(quality(regulation)).then()
                .body("elements[7].nrr", equalTo(1.0f)).body("elements[8].nrr", equalTo(4.0f));

        // Labels (any case, either language, semicolons) always mean their element, whatever the mapping says.
        String labelled = "date;serviceType;Persyaratan;Sistem, Mekanisme, dan Prosedur;waktu penyelesaian;"
                + "Cost/tariff;Produk Spesifikasi Jenis Pelayanan;Kompetensi Pelaksana;PERILAKU PELAKSANA;"
                + "Sarana dan Prasarana;Handling of complaints, suggestions and input\n"
                + "2026-10-05;KTP-el;3;3;3;3;3;3;3;1;4\n";
        String byLabel = unit(PARENT);
        as(integration()).contentType("text/csv").queryParam("elementOrder", "ESKM_SWAPPED").body(labelled)
                .post(UNITS + "/{code}/surveys", byLabel).then().statusCode(201);
        as(admin()).queryParam("period", "2026-10").get(quality(byLabel)).then()
                .body("elements[7].nrr", equalTo(4.0f)).body("elements[8].nrr", equalTo(1.0f));

        // CSV faults name the field as JSON would, or the header.
        as(integration()).contentType("text/csv").body("date,serviceType,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                + "2026-10-05,KTP-el,3,3,3,3,3,3,3,3,3\n2026-10-05,KTP-el,3,3,3,3,3,3,5,3,3\n")
                .post(UNITS + "/{code}/surveys", byLabel).then().statusCode(400)
                .body("errors.field", equalTo(List.of("responses[1].scores.U7")));
        as(integration()).contentType("text/csv").body("date,serviceType,U1,U2,U3,U4,U5,U6,U7,U8\n")
                .post(UNITS + "/{code}/surveys", byLabel).then().statusCode(400)
                .body("errors.field", equalTo(List.of("header")));
    }

    @Test
    void concurrentBatchesForOneUnitAndMonthAddUpExactly() throws Exception {
        String unit = unit(PARENT);
        int threads = 8;
        int perBatch = 50;
        List<Callable<Integer>> batches = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int score = 1 + t % 4;
            int[][] rows = new int[perBatch][];
            for (int i = 0; i < perBatch; i++) {
                rows[i] = new int[] {score, score, score, score, score, score, score, score, score};
            }
            batches.add(() -> submit(integration(), unit, batch("2026-11-0" + (1 + score), rows)).statusCode());
        }
        for (int status : Race.atOnce(batches, Duration.ofSeconds(60))) {
            assertEquals(201, status);
        }
        // Two batches of each score 1..4, 50 responses each: Σ per element = 100 × (1+2+3+4) = 1000 over n = 400.
        as(admin()).queryParam("period", "2026-11").get(quality(unit)).then().statusCode(200)
                .body("respondents", equalTo(400)).body("elements.nrr", org.hamcrest.Matchers.everyItem(equalTo(2.5f))).body("ikm", equalTo(62.5f));
        assertEquals("400|1000|1000", value("SELECT CAST(CONCAT(respondents, '|', sum_u1, '|', sum_u9) AS CHAR) FROM skm_month"
                + " WHERE service_unit_code = ?1", unit));
        assertEquals("400|1000", value("SELECT CAST(CONCAT(COUNT(*), '|', SUM(u7)) AS CHAR) FROM skm_response"
                + " WHERE service_unit_code = ?1", unit));
    }

    @Test
    void onlyTheParentUnitsAdminIntegrationAndAdminSubmit() {
        String unit = unit(PARENT);
        Map<String, Object> one = Map.of("responses", List.of(response("2026-10-05", 3, 3, 3, 3, 3, 3, 3, 3, 3)));
        submit(unitAdmin("PUSKESMAS-LAIN"), unit, one).then().statusCode(403);
        submit(supervisor(PARENT), unit, one).then().statusCode(403);
        submit(DevIdentity.system(Roles.EVALUATOR), unit, one).then().statusCode(403);
        submit(DevIdentity.person(Roles.PARTICIPANT, "199001012020011001", PARENT), unit, one).then()
                .statusCode(403);
        submit(unitAdmin(PARENT), unit, one).then().statusCode(201);
        submit(integration(), unit, one).then().statusCode(201);
        submit(admin(), unit, one).then().statusCode(201);
        as(unitAdmin("PUSKESMAS-LAIN")).queryParam("period", "2026-10").get(quality(unit)).then().statusCode(403);
        as(DevIdentity.system(Roles.EVALUATOR)).queryParam("period", "2026-10").get(quality(unit)).then()
                .statusCode(200).body("respondents", equalTo(3));
    }

    @Test
    void eachMonthTouchedIsPublishedWithItsNewResultInTheSamplesShape() throws Exception {
        String unit = unit(PARENT);
        List<Map<String, Object>> responses = new ArrayList<>();
        responses.add(response("2026-10-31", 4, 4, 4, 4, 4, 4, 4, 4, 4));
        responses.add(response("2026-11-01", 2, 2, 2, 2, 2, 2, 2, 2, 1));
        responses.add(response("2026-10-01", 3, 3, 3, 3, 3, 3, 3, 3, 3));
        submit(integration(), unit, Map.of("responses", responses)).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> id.kompeten.localstack.testing.TestKafka.readAll(Topic.EVALUATION.topicName(),
                        record -> unit.equals(record.key())), found -> found.size() >= 2);
        assertEquals(2, records.size());
        JsonNode sample = JSON.readTree(EventSamples.json(ServiceQualityMeasured.class));
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            events.add(JSON.readTree(record.value()));
        }
        events.sort(java.util.Comparator.comparing(event -> event.get("period").asText()));
        JsonNode october = events.get(0);
        JsonNode november = events.get(1);
        assertEquals("ServiceQualityMeasured", id.kompeten.localstack.testing.TestKafka.header(records.get(0),
                "ce_type"));
        assertEquals(fieldNames(sample), fieldNames(october), "the sample's fields");
        assertEquals(fieldNames(sample.get("elements").get(0)), fieldNames(october.get("elements").get(0)));
        assertEquals(sample.get("elements").get(7).get("label"), october.get("elements").get(7).get("label"));
        assertEquals("2026-10", october.get("period").asText());
        assertEquals(2, october.get("respondents").asInt());
        assertEquals("3.5000", october.get("elements").get(0).get("nrr").decimalValue().toPlainString());
        assertEquals("87.50", october.get("ikm").decimalValue().toPlainString());
        assertEquals("B", october.get("grade").asText());
        assertEquals("2026-11", november.get("period").asText());
        assertEquals(1, november.get("respondents").asInt());
        assertEquals("1.8889", november.get("ikmUnit").decimalValue().toPlainString());
        assertEquals("47.22", november.get("ikm").decimalValue().toPlainString());
        assertEquals("D", november.get("grade").asText());
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    /** The boundary sets of SkmResultTest. */
    private static final class SkmResultTestAccess {
        static int[][] withTotal(int n, int total) {
            int base = total / (9 * n);
            int extra = total - base * 9 * n;
            int[][] rows = new int[n][9];
            for (int cell = 0; cell < 9 * n; cell++) {
                rows[cell / 9][cell % 9] = base + (cell < extra ? 1 : 0);
            }
            return rows;
        }
    }
}
