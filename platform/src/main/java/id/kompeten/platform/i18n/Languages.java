package id.kompeten.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the API answers in (English by default, Indonesian on request) and how a request picks one from its
 * {@code Accept-Language} header. Kept in step with {@code quarkus.locales}.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Languages() {
    }

    /**
     * The first supported language in the header's preference order: {@code id}, {@code id-ID} (and the legacy
     * {@code in}) give Indonesian; {@code en-*}, anything else, a missing or a malformed header give English.
     * <p>
     * Java's {@code Locale.filter}, which Quarkus uses for validation messages by default, would miss {@code id-ID}
     * (a more specific range does not match the {@code id} tag) and ignore q-order; this matches on the language only.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String language = range.getRange().split("-", 2)[0];
            switch (language) {
                case "id", "in" -> {
                    return INDONESIAN;
                }
                case "en" -> {
                    return ENGLISH;
                }
                default -> {
                    // not offered: try the client's next preference
                }
            }
        }
        return ENGLISH;
    }
}
