package id.kompeten.evaluation.kirkpatrick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.evaluation.domain.KirkpatrickProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every Kirkpatrick message key and resource name reads in English and Indonesian, and the bundles agree. */
class KirkpatrickMessagesTest {

    @Test
    void everyKeyIsInBothLanguages() throws Exception {
        Properties english = load("i18n/messages.properties");
        Properties indonesian = load("i18n/messages_id.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(indonesian.stringPropertyNames()));
        for (Field field : KirkpatrickProblems.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String value = (String) field.get(null);
                String key = value.contains(".") ? value : "resource." + value;
                assertTrue(english.containsKey(key), key);
                assertTrue(indonesian.containsKey(key), key);
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = KirkpatrickMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
