package id.kompeten.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Test
    void aVariableMatchesOneSegment() {
        Pattern template = AllowedMethods.template("/api/v1/courses/{id}/sessions");
        assertTrue(template.matcher("/api/v1/courses/42/sessions").matches());
        assertFalse(template.matcher("/api/v1/courses/42/x/sessions").matches());
        assertFalse(template.matcher("/api/v1/courses/42").matches());
    }

    @Test
    void aVariableMayCarryItsOwnRegex() {
        Pattern template = AllowedMethods.template("/units/{code: [A-Z]{2}[0-9]+}");
        assertTrue(template.matcher("/units/AB12").matches());
        assertFalse(template.matcher("/units/ab12").matches());
    }

    @Test
    void literalsAreNotRegexes() {
        assertFalse(AllowedMethods.template("/sessions/{id}:bulk").matcher("/sessions/1Xbulk").matches());
        assertTrue(AllowedMethods.template("/sessions/{id}:bulk").matcher("/sessions/1:bulk").matches());
    }

    @Test
    void slashesAreNormalised() {
        assertEquals("/test/problems", AllowedMethods.normalize("test//problems/"));
        assertEquals("/", AllowedMethods.normalize("/"));
        assertTrue(AllowedMethods.template("test/problems/" + "/").matcher("/test/problems").matches());
    }
}
