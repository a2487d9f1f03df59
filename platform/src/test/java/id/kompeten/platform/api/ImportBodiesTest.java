package id.kompeten.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared plumbing of the course and participant imports: each service's own message keys (prefix + suffix), the
 * place a 400 names, and what reaches the service's row readers. The services' import tests cover the wording.
 */
class ImportBodiesTest {

    private static final String PREFIX = "validation.thing.import";

    record Thing(String code, Integer size) {
    }

    record Row(int row, Object content) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final ImportBodies bodies = new ImportBodies(PREFIX, List.of("code", "name", "size"), Set.of("code", "size"),
            json, new JsonInputErrors(json));
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    private List<Row> csv(String text, int maxRows) {
        return bodies.read(true, text.getBytes(StandardCharsets.UTF_8), maxRows, Row::new, Row::new);
    }

    private List<Row> json(String text, int maxRows) {
        return bodies.read(false, text.getBytes(StandardCharsets.UTF_8), maxRows, Row::new, Row::new);
    }

    private static FieldError problem(Runnable read) {
        InvalidInputProblem problem = assertThrows(InvalidInputProblem.class, read::run);
        assertEquals(1, problem.errors().size());
        return problem.errors().get(0);
    }

    private static void assertProblem(String field, String suffix, List<Object> args, Runnable read) {
        FieldError error = problem(read);
        assertEquals(field, error.field());
        assertEquals(PREFIX + "." + suffix, error.messageKey());
        assertArrayEquals(args.toArray(), error.args());
    }

    @Test
    void csvRowsAreCellsByColumnNumberedFromOneWithoutTheByteOrderMarkOrBlankLines() {
        List<Row> rows = csv("\uFEFF size , code\n3,A\n\n\"4\",\"B,C\"\n", 2);

        assertEquals(List.of(new Row(1, Map.of("size", "3", "code", "A")), new Row(2, Map.of("size", "4", "code", "B,C"))),
                rows);
    }

    @Test
    void csvHeaderMustNameKnownColumnsOnceAndEveryRequiredOne() {
        assertProblem("header", "csv.unknown-column", List.of("colour", "code,name,size"), () -> csv("code,colour\n", 5));
        assertProblem("header", "csv.column-twice", List.of("code"), () -> csv("code,size,code\n", 5));
        assertProblem("header", "csv.missing-columns", List.of("size"), () -> csv("code,name\n", 5));
    }

    @Test
    void csvProblemsNameTheDataRowOrTheWholeBody() {
        assertProblem("row 2", "csv.cell-count", List.of(1, 2), () -> csv("code,size\nA,1\nB\n", 5));
        assertProblem("row 2", "csv.unclosed-quote", List.of(), () -> csv("code,size\nA,1\n\"B,2\n", 5));
        assertProblem("$", "too-many-rows", List.of(2), () -> csv("code,size\nA,1\nB,2\nC,3\n", 2));
    }

    @Test
    void theWholeBodyMustBeUtf8AndHaveRows() {
        assertProblem("$", "not-utf8", List.of(), () -> bodies.read(true, new byte[] {'c', (byte) 0xC3, '('}, 5,
                Row::new, Row::new));
        assertProblem("$", "empty", List.of(), () -> csv("code,size\n\n", 5));
        assertProblem("$", "empty", List.of(), () -> json("[]", 5));
    }

    @Test
    void jsonMustBeAnArrayOfAtMostMaxRows() {
        assertEquals(List.of(new Row(1, json.createObjectNode().put("code", "A")), new Row(2, json.getNodeFactory()
                .numberNode(7))), json("[{\"code\":\"A\"}, 7]", 2));
        assertProblem("$", "json-array", List.of(), () -> json("{\"code\":\"A\"}", 5));
        assertProblem("$", "json-malformed", List.of(1, 10), () -> json("[{\"code\":}]", 5));
        assertProblem("$", "too-many-rows", List.of(1), () -> json("[{}, {}]", 1));
    }

    @Test
    void anElementIsABodyOrItsErrorsWithItsKeyWhenTheKeyIsText() throws Exception {
        ImportBodies.Element<Thing> good = bodies.element(json.readTree("{\"code\":\"A\",\"size\":2}"), "code",
                Thing.class, messages);
        assertEquals(new ImportBodies.Element<>("A", new Thing("A", 2), List.of()), good);

        ImportBodies.Element<Thing> wrongType = bodies.element(json.readTree("{\"code\":\"B\",\"size\":\"big\"}"),
                "code", Thing.class, messages);
        assertEquals("B", wrongType.key());
        assertNull(wrongType.body());
        assertEquals("size", wrongType.errors().get(0).field());

        ImportBodies.Element<Thing> unknown = bodies.element(json.readTree("{\"code\":1,\"colour\":\"red\"}"), "code",
                Thing.class, messages);
        assertNull(unknown.key());
        assertEquals(List.of(new FieldMessage("colour",
                messages.format("problem.field.unknown-property", "code, size"))), unknown.errors());

        // The service's own key; no bundle here has it, so Messages shows the key itself.
        assertEquals(new ImportBodies.Element<Thing>(null, null, List.of(new FieldMessage("$", PREFIX + ".json-object"))),
                bodies.element(json.readTree("7"), "code", Thing.class, messages));
    }
}
