package id.kompeten.enrollment.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A certificate's public number, e.g. {@code KMP-2026-7H3K-Q9XD-2M4T-V8RB}: the year of completion and 80 random bits
 * in Crockford's base 32 (no I, L, O, U, so it reads aloud and types without confusion). Not a sequence: knowing one
 * number tells nothing about another, so the public verification endpoint cannot be walked. Uniqueness is enforced by
 * the database's unique index; with 2^80 values a clash is practically impossible, and a retry draws again.
 */
public record CertificateNumber(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("KMP-\\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public CertificateNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a certificate number: " + value);
        }
    }

    public static CertificateNumber generate(int year) {
        return generate(year, RANDOM);
    }

    static CertificateNumber generate(int year, SecureRandom random) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Year must have four digits: " + year);
        }
        StringBuilder number = new StringBuilder("KMP-").append(year);
        for (int group = 0; group < GROUPS; group++) {
            number.append('-');
            for (int i = 0; i < GROUP_LENGTH; i++) {
                number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return new CertificateNumber(number.toString());
    }

    /**
     * Reads a number as a person may type it: any letter case, with O for 0 and I or L for 1 (Crockford's reading
     * rules). Returns null when it cannot be a certificate number, so a lookup can answer 404 without a query.
     */
    public static CertificateNumber parseLenient(String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        if (normalized.length() != 28 || !normalized.startsWith("KMP-")) {
            return null;
        }
        String random = normalized.substring(9).replace('O', '0').replace('I', '1').replace('L', '1');
        String candidate = normalized.substring(0, 9) + random;
        return FORMAT.matcher(candidate).matches() ? new CertificateNumber(candidate) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
