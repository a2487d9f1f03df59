package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JpComplianceTest {

    @Test
    void staffWithAtLeastTheMinimumAreCompliantExactly20Included() {
        JpCompliance compliance = JpCompliance.of(List.of("a", "b", "c"), Map.of("a", 20, "b", 19, "x", 40), 20);
        assertEquals(new JpCompliance(3, 1, 2, new BigDecimal("0.3333")), compliance,
                "a has 20 (enough), b 19, c none; x is not staff");
    }

    @Test
    void noStaffNoShare() {
        assertNull(JpCompliance.of(List.of(), Map.of("a", 30), 20).share());
    }
}
