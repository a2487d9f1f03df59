package id.kompeten.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.platform.i18n.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English and Indonesian texts stay in step: a key added to one language only would show as a raw key. */
class ProblemBundlesTest {

    /** Every problem type the mappers and ApiProblem subclasses produce. */
    private static final List<String> SLUGS = List.of("validation", "malformed-request", "not-found", "conflict",
            "unprocessable", "precondition-failed", "precondition-required", "payload-too-large", "uri-too-long",
            "unauthorized", "forbidden", "method-not-allowed", "unsupported-media-type", "not-acceptable", "http-error",
            "service-unavailable", "internal", "catalog-not-synchronised");

    private static final List<String> STANDARD_CONSTRAINTS = List.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min",
            "Max", "DecimalMin", "DecimalMax", "Pattern", "Email", "Positive", "PositiveOrZero", "Past", "Future",
            "PastOrPresent", "FutureOrPresent", "Digits");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("i18n/problems.properties").stringPropertyNames()),
                new TreeSet<>(load("i18n/problems_id.properties").stringPropertyNames()));
    }

    @Test
    void everyProblemTypeHasATitle() throws IOException {
        Set<String> keys = load("i18n/problems_id.properties").stringPropertyNames();
        for (String slug : SLUGS) {
            assertTrue(keys.contains("problem." + slug + ".title"), slug);
        }
    }

    @Test
    void standardConstraintsSpeakIndonesian() throws IOException {
        Properties indonesian = load("ValidationMessages_id.properties");
        for (String constraint : STANDARD_CONSTRAINTS) {
            assertNotNull(indonesian.getProperty("jakarta.validation.constraints." + constraint + ".message"), constraint);
        }
    }

    @Test
    void englishValidationMessagesIgnoreAnIndonesianServerLocale() {
        Locale jvmDefault = Locale.getDefault();
        ClassLoader loader = ProblemBundlesTest.class.getClassLoader();
        try {
            Locale.setDefault(Languages.INDONESIAN);
            ResourceBundle.clearCache(loader);
            assertEquals(Locale.ENGLISH, ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH, loader).getLocale());
        } finally {
            Locale.setDefault(jvmDefault);
            ResourceBundle.clearCache(loader);
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ProblemBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
