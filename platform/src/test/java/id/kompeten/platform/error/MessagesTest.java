package id.kompeten.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages english = Messages.forLocale(Languages.ENGLISH);
    private final Messages indonesian = Messages.forLocale(Languages.INDONESIAN);

    @Test
    void formatsInTheLanguageAsked() {
        assertEquals("Competency 'K-01' was not found.", english.format("problem.not-found.detail", "Competency", "K-01"));
        assertEquals("Kompetensi 'K-01' tidak ditemukan.",
                indonesian.format("problem.not-found.detail", indonesian.resourceName("Competency"), "K-01"));
    }

    @Test
    void aRegionalVariantUsesItsLanguage() {
        assertEquals("Tidak ditemukan", Messages.forLocale(Locale.forLanguageTag("id-ID")).format("problem.not-found.title"));
    }

    @Test
    void aServiceBundleComesBeforeThePlatformOne() {
        assertEquals("must not be before 2025-03-01", english.format("test.field.before", "2025-03-01"));
        assertEquals("Request failed", english.format("problem.http-error.title"));
    }

    @Test
    void resourceNamesFallBackToTheNameGiven() {
        assertEquals("Kompetensi", indonesian.resourceName("Competency"));
        assertEquals("Competency", english.resourceName("Competency"));
        assertEquals("Provider", indonesian.resourceName("Provider"));
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertEquals("problem.no-such.detail", english.format("problem.no-such.detail", 1));
        assertTrue(english.find("problem.no-such.detail").isEmpty());
    }

    @Test
    void englishStaysEnglishOnAnIndonesianServer() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Languages.INDONESIAN);
            assertEquals("Not found", Messages.forLocale(Locale.ENGLISH).format("problem.not-found.title"));
            assertEquals("Not found", Messages.forLocale(Locale.forLanguageTag("fr")).format("problem.not-found.title"));
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }
}
