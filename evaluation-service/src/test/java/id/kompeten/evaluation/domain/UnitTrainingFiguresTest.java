package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.domain.UnitTrainingFigures.Completion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-worked unit example (also in UnitTrainingRecordTest, through the consumer and the endpoint). */
class UnitTrainingFiguresTest {

    // Citra 8 JP in January; Ani 24 JP in October and 16 JP in November; Budi 40 JP in November; a 2025 completion.
    private static final List<Completion> UNIT = List.of(
            new Completion("citra", 8, LocalDate.of(2026, 1, 15)),
            new Completion("ani", 24, LocalDate.of(2026, 10, 1)),
            new Completion("ani", 16, LocalDate.of(2026, 11, 5)),
            new Completion("budi", 40, LocalDate.of(2026, 11, 20)),
            new Completion("dedi", 32, LocalDate.of(2025, 12, 31)));

    @Test
    void handWorkedUnit() {
        // Q4: Ani and Budi, 3 completions, 24+16+40 = 80 JP; this year Citra, Ani, Budi = 3 of 7 active = 0.4286.
        assertEquals(new UnitTrainingFigures(2, 3, 80, 3, new BigDecimal("0.4286")), of("2026-Q4", 7));
        assertEquals(new UnitTrainingFigures(1, 1, 24, 2, new BigDecimal("0.2857")), of("2026-10", 7));
        assertEquals(new UnitTrainingFigures(2, 2, 56, 3, new BigDecimal("0.4286")), of("2026-11", 7));
        assertEquals(new UnitTrainingFigures(0, 0, 0, 3, new BigDecimal("0.4286")), of("2026-12", 7));
        assertEquals(new UnitTrainingFigures(3, 4, 88, 3, new BigDecimal("0.4286")), of("2026", 7));
        assertEquals(new UnitTrainingFigures(1, 1, 8, 1, new BigDecimal("0.1429")), of("2026-S1", 7));
        assertEquals(new UnitTrainingFigures(1, 1, 32, 1, null), of("2025", 0), "no known staff: no share");
    }

    private static UnitTrainingFigures of(String period, long activeStaff) {
        return UnitTrainingFigures.of(UNIT, Period.parse(period), activeStaff);
    }
}
