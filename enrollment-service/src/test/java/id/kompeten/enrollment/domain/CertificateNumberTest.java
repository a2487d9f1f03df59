package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    @Test
    void generatedNumbersHaveTheFormatAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = CertificateNumber.generate(2026).value();
            assertTrue(number.matches("KMP-2026(-[0-9A-HJKMNP-TV-Z]{4}){4}"), number);
            assertTrue(seen.add(number), "repeated " + number);
        }
    }

    @Test
    void consecutiveNumbersShareNoPattern() {
        // Two draws of one generator differ in most of their 16 random characters (a sequence would differ in one).
        SecureRandom random = new SecureRandom();
        String a = CertificateNumber.generate(2026, random).value().substring(9);
        String b = CertificateNumber.generate(2026, random).value().substring(9);
        int same = 0;
        for (int i = 0; i < a.length(); i++) {
            same += a.charAt(i) == b.charAt(i) && a.charAt(i) != '-' ? 1 : 0;
        }
        assertTrue(same < 8, a + " vs " + b);
    }

    @Test
    void readsWhatPeopleTypeAndRejectsWhatCannotBeANumber() {
        assertEquals("KMP-2026-7H3K-Q9XD-2M4T-V8R1",
                CertificateNumber.parseLenient(" kmp-2026-7h3k-q9xd-2m4t-v8rl ").value());
        assertEquals("KMP-2026-0H3K-Q9XD-2M4T-V8R1",
                CertificateNumber.parseLenient("KMP-2026-OH3K-Q9XD-2M4T-V8RI").value());
        assertNull(CertificateNumber.parseLenient("KMP-2026-7H3K-Q9XD-2M4T-V8RU"));
        assertNull(CertificateNumber.parseLenient("KMP-2026-7H3K-Q9XD-2M4T"));
        assertNull(CertificateNumber.parseLenient("1; DROP TABLE certificate"));
        assertNull(CertificateNumber.parseLenient(null));
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumber("KMP-26-0000-0000-0000-0000"));
    }
}
