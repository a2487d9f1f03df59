package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.archiveCourse;
import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.publishCourse;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's course search. Courses made for this test carry a word of their own in the title (random letters,
 * so no other test's data matches), which narrows every search here: four published courses C1-C4, a draft D and an
 * archived course A; two more, R1 and R2, share another word for the relevance order.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CourseSearchTest {

    private static final String COURSES = "/api/v1/courses";

    /** Built once for the class. */
    private static Fixture fixture;

    private record Fixture(String word, String relevanceWord, String teknis, String manajerial, String university,
            String ngo, Map<String, String> ids) {

        String name(String id) {
            return ids.entrySet().stream().filter(entry -> entry.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse("other:" + id);
        }
    }

    @BeforeEach
    void seedOnce() {
        if (fixture == null) {
            fixture = seed();
        }
    }

    private static Fixture seed() {
        String word = randomWord();
        String relevanceWord = randomWord();
        String teknis = defineCompetencyOfType("TEKNIS");
        String manajerial = defineCompetencyOfType("MANAJERIAL");
        String university = registerAccreditedProvider("UNIVERSITY");
        String ngo = registerAccreditedProvider("NGO");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("C1", course(word + " Pelayanan Prima", List.of(teknis), List.of("LECTURE"), "CLASSROOM", 8, university,
                "PUBLISHED"));
        ids.put("C2", course(word + " Komunikasi Publik", List.of(manajerial), List.of("SIMULATION", "LECTURE"),
                "ONLINE", 16, ngo, "PUBLISHED"));
        ids.put("C3", course(word + " Manajemen Waktu", List.of(teknis, manajerial), List.of("GROUP_DISCUSSION"),
                "BLENDED", 24, university, "PUBLISHED"));
        ids.put("C4", course(word + " Tata Kelola Pemerintahan", List.of(manajerial), List.of("CASE_STUDY"),
                "CLASSROOM", 40, ngo, "PUBLISHED"));
        ids.put("D", course(word + " Rancangan", List.of(teknis), List.of("LECTURE"), "CLASSROOM", 8, university,
                "DRAFT"));
        ids.put("A", course(word + " Arsip", List.of(teknis), List.of("LECTURE"), "CLASSROOM", 8, university,
                "ARCHIVED"));

        // R1 has the word in title, description and an objective; R2 only in its description.
        Map<String, Object> r1 = courseBody(uniqueCode("REL"), university, teknis);
        r1.put("title", "Pelatihan " + relevanceWord);
        r1.put("description", "Materi " + relevanceWord + " untuk petugas layanan.");
        r1.put("objectives", List.of("Menerapkan " + relevanceWord + " di loket"));
        ids.put("R1", publish(createCourse(r1)));
        Map<String, Object> r2 = courseBody(uniqueCode("REL"), university, teknis);
        r2.put("title", "Administrasi Kependudukan");
        r2.put("description", "Menyinggung " + relevanceWord + " sekilas saja.");
        ids.put("R2", publish(createCourse(r2)));
        return new Fixture(word, relevanceWord, teknis, manajerial, university, ngo, ids);
    }

    private static String course(String title, List<String> competencies, List<String> methods, String mode, int jp,
            String provider, String status) {
        Map<String, Object> body = courseBody(uniqueCode("SEARCH"), provider, null);
        body.put("title", title);
        body.put("competencies", competencies.stream().map(code -> Map.of("code", code, "level", 2)).toList());
        body.put("methods", methods);
        body.put("deliveryMode", mode);
        body.put("jp", jp);
        String id = createCourse(body);
        if (!status.equals("DRAFT")) {
            publish(id);
        }
        if (status.equals("ARCHIVED")) {
            archiveCourse(id);
        }
        return id;
    }

    private static String publish(String id) {
        publishCourse(id);
        return id;
    }

    /** Lower-case letters only: InnoDB's full-text parser keeps it as one word. */
    private static String randomWord() {
        StringBuilder word = new StringBuilder("kq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void eachFilterAloneNarrowsToTheMatchingPublishedCourses() {
        assertFinds(Map.of("q", fixture.word()), "C1", "C2", "C3", "C4");
        assertFinds(Map.of("competency", fixture.teknis()), "C1", "C3", "R1", "R2");
        assertFinds(Map.of("provider", fixture.ngo()), "C2", "C4");
        assertFinds(params("q", fixture.word(), "type", "MANAJERIAL"), "C2", "C3", "C4");
        assertFinds(params("q", fixture.word(), "type", "TEKNIS"), "C1", "C3");
        assertFinds(params("q", fixture.word(), "method", "LECTURE"), "C1", "C2");
        assertFinds(params("q", fixture.word(), "mode", "CLASSROOM"), "C1", "C4");
        assertFinds(params("q", fixture.word(), "providerType", "NGO"), "C2", "C4");
        assertFinds(params("q", fixture.word(), "minJp", "16"), "C2", "C3", "C4");
        assertFinds(params("q", fixture.word(), "maxJp", "16"), "C1", "C2");
        assertFinds(params("q", fixture.word(), "minJp", "16", "maxJp", "24"), "C2", "C3");
    }

    @Test
    void filtersCombineAndCompetencyIsRepeatable() {
        assertFinds(given().queryParam("competency", fixture.teknis()).queryParam("competency", fixture.manajerial())
                .queryParam("q", fixture.word()), "C1", "C2", "C3", "C4");
        assertFinds(params("q", fixture.word(), "competency", fixture.teknis() + "," + fixture.manajerial()),
                "C1", "C2", "C3", "C4");
        assertFinds(params("q", fixture.word(), "provider", fixture.university(), "method", "GROUP_DISCUSSION"), "C3");
        assertFinds(params("competency", fixture.manajerial(), "mode", "CLASSROOM"), "C4");
        assertFinds(params("competency", fixture.teknis(), "providerType", "UNIVERSITY", "maxJp", "8", "q",
                fixture.word()), "C1");
        assertFinds(params("q", fixture.word(), "type", "MANAJERIAL", "providerType", "UNIVERSITY", "method",
                "GROUP_DISCUSSION", "mode", "BLENDED", "minJp", "24", "maxJp", "24"), "C3");
        assertFinds(params("q", fixture.word(), "providerType", "INTERNAL"));
    }

    @Test
    void textSearchRanksTheWordInEveryFieldAboveTheWordOnlyInTheDescription() {
        JsonPath page = search().queryParam("q", fixture.relevanceWord()).get(COURSES)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("R1", "R2"), names(page));
        assertEquals(2, page.getInt("total"));
        // Sorted explicitly, relevance gives way: "Administrasi ..." before "Pelatihan ...".
        JsonPath byTitle = search().queryParam("q", fixture.relevanceWord()).queryParam("sort", "title").get(COURSES)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("R2", "R1"), names(byTitle));
        // Whatever the letter case.
        assertFinds(Map.of("q", fixture.relevanceWord().toUpperCase()), "R1", "R2");
        // Words shorter than three letters are not indexed: such a query finds nothing rather than failing.
        given().queryParam("q", "di").get(COURSES).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagesAreDisjointAndCarryTheTotal() {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            JsonPath result = given().queryParam("q", fixture.word()).queryParam("size", 3).queryParam("page", page)
                    .queryParam("sort", "code").get(COURSES).then().statusCode(200).extract().jsonPath();
            assertEquals(4, result.getInt("total"));
            assertEquals(3, result.getInt("size"));
            assertEquals(page, result.getInt("page"));
            assertEquals(page == 0 ? 3 : 1, result.getList("items").size());
            all.addAll(names(result));
        }
        assertEquals(4, new HashSet<>(all).size(), "pages do not overlap: " + all);
        assertEquals(Set.of("C1", "C2", "C3", "C4"), new HashSet<>(all));
        JsonPath beyond = given().queryParam("q", fixture.word()).queryParam("size", 3).queryParam("page", 2)
                .get(COURSES).then().statusCode(200).extract().jsonPath();
        assertEquals(0, beyond.getList("items").size());
        assertEquals(4, beyond.getInt("total"));
    }

    @Test
    void sortsByTheAskedField() {
        assertEquals(List.of("C4", "C3", "C2", "C1"), names(sorted("jp,desc")));
        assertEquals(List.of("C1", "C2", "C3", "C4"), names(sorted("jp")));
        // Titles: "<word> Komunikasi", "<word> Manajemen", "<word> Pelayanan", "<word> Tata".
        assertEquals(List.of("C2", "C3", "C1", "C4"), names(sorted("title,asc")));
        assertEquals(List.of("C4", "C1", "C3", "C2"), names(sorted("title,desc")));
        List<String> codes = sorted("code,desc").getList("items.code", String.class);
        assertEquals(codes.stream().sorted(Comparator.reverseOrder()).toList(), codes);
        // Published in seeding order C1..C4.
        assertEquals(List.of("C1", "C2", "C3", "C4"), names(sorted("publishedAt")));
        assertEquals(List.of("C4", "C3", "C2", "C1"), names(sorted("updatedAt,desc")));
    }

    @Test
    void draftsAndArchivedCoursesAreListedOnlyForCatalogueRolesWhoAskForThem() {
        assertFinds(Map.of("q", fixture.word()), "C1", "C2", "C3", "C4");
        assertFinds(as(Roles.CATALOG_MANAGER).queryParam("q", fixture.word()), "C1", "C2", "C3", "C4");
        assertFinds(as(Roles.CATALOG_MANAGER).queryParam("q", fixture.word()).queryParam("status", "DRAFT"), "D");
        assertFinds(as(Roles.ADMIN).queryParam("q", fixture.word()).queryParam("status", "ARCHIVED"), "A");
        assertFinds(as(Roles.ADMIN).queryParam("q", fixture.word()).queryParam("status", "DRAFT")
                .queryParam("status", "ARCHIVED"), "D", "A");
        assertFinds(as(Roles.CATALOG_MANAGER).queryParam("q", fixture.word()).queryParam("status", "DRAFT,PUBLISHED"),
                "C1", "C2", "C3", "C4", "D");
        assertFinds(params("q", fixture.word(), "status", "PUBLISHED"), "C1", "C2", "C3", "C4");

        given().queryParam("status", "DRAFT").get(COURSES)
                .then().statusCode(401).contentType("application/problem+json");
        as(Roles.PARTICIPANT).queryParam("status", "ARCHIVED").get(COURSES).then().statusCode(403);
        as(Roles.SUPERVISOR).queryParam("status", "PUBLISHED,DRAFT").get(COURSES).then().statusCode(403);
    }

    @Test
    void invalidParametersAreBadRequestsNamingTheParameter() {
        assertBadParameter(params("minJp", "24", "maxJp", "16"), "maxJp");
        assertBadParameter(Map.of("minJp", "0"), "minJp");
        assertBadParameter(Map.of("maxJp", "401"), "maxJp");
        assertBadParameter(Map.of("mode", "HYBRID"), "mode");
        assertBadParameter(Map.of("method", "lecture"), "method");
        assertBadParameter(Map.of("type", "TECHNICAL"), "type");
        assertBadParameter(Map.of("providerType", "COMPANY"), "providerType");
        assertBadParameter(Map.of("status", "DELETED"), "status");
        assertBadParameter(Map.of("sort", "relevance"), "sort");
        assertBadParameter(Map.of("size", "201"), "size");
        assertBadParameter(Map.of("q", "x".repeat(201)), "q");
        given().header("Accept-Language", "id").queryParams(params("minJp", "24", "maxJp", "16")).get(COURSES)
                .then().statusCode(400).body("errors[0].message", equalTo("tidak boleh kurang dari minJp (24)"));
    }

    private static void assertBadParameter(Map<String, String> query, String parameter) {
        given().queryParams(query).get(COURSES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    private static RequestSpecification search() {
        return given().queryParam("size", 200);
    }

    private static JsonPath sorted(String sort) {
        return search().queryParam("q", fixture.word()).queryParam("sort", sort).get(COURSES)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static void assertFinds(Map<String, String> query, String... expected) {
        assertFinds(given().queryParams(query), expected);
    }

    /** The search finds exactly these of the fixture's courses, in any order, and no course of another test. */
    private static void assertFinds(RequestSpecification request, String... expected) {
        JsonPath page = request.queryParam("size", 200).get(COURSES).then().statusCode(200).extract().jsonPath();
        List<String> found = names(page);
        assertEquals(Set.of(expected), new HashSet<>(found), "found " + found);
        assertEquals(expected.length, found.size(), "each course once: " + found);
        assertEquals(expected.length, page.getInt("total"));
        assertTrue(found.stream().noneMatch(name -> name.startsWith("other:")));
    }

    private static List<String> names(JsonPath page) {
        return page.getList("items.id", String.class).stream().map(fixture::name).toList();
    }
}
