package id.kompeten.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.platform.i18n.Languages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id                       | id",
        "id-ID                    | id",
        "ID-id                    | id",
        "in                       | id",
        "fr-FR, id;q=0.8, en;q=0.5 | id",
        "en                       | en",
        "en-GB                    | en",
        "en-US, id;q=0.5          | en",
        "id;q=0, en               | en",
        "fr                       | en",
        "*                        | en",
        "not a language tag;;q=x  | en",
    })
    void picksTheFirstSupportedLanguageInPreferenceOrder(String header, String expected) {
        assertEquals(expected, Languages.fromAcceptLanguage(header).getLanguage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void englishWithoutAHeader(String header) {
        assertEquals(Languages.ENGLISH, Languages.fromAcceptLanguage(header));
    }
}
