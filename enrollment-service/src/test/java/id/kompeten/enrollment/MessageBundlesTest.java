package id.kompeten.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.enrollment.domain.EmployeeNumberProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English and Indonesian texts stay in step, and every reason a number can be refused for has a text. */
class MessageBundlesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("i18n/messages.properties").stringPropertyNames()),
                new TreeSet<>(load("i18n/messages_id.properties").stringPropertyNames()));
    }

    @Test
    void everyReasonANumberIsRefusedForHasAMessage() throws IOException {
        Set<String> keys = load("i18n/messages_id.properties").stringPropertyNames();
        for (EmployeeNumberProblem.Reason reason : EmployeeNumberProblem.Reason.values()) {
            assertTrue(keys.contains(reason.messageKey()), reason.messageKey());
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
