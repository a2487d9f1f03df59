package id.kompeten.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A retry may reach another instance, so the request hash must depend only on the values: not on property, map or
 * set order (a HashSet of enums iterates in an order that differs between JVMs).
 */
class IdempotencyKeysHashTest {

    private final IdempotencyKeys keys = new IdempotencyKeys(new ObjectMapper().findAndRegisterModules(), null,
            () -> Duration.ofHours(24));

    record Body(String code, Set<String> methods, Map<String, Integer> levels, List<String> objectives) {
    }

    /** A domain value without getters, as services pass them. */
    static final class Day {
        private final LocalDate date;
        private final int jp;

        Day(LocalDate date, int jp) {
            this.date = date;
            this.jp = jp;
        }
    }

    @Test
    void theSameValuesHashTheSameWhateverTheirOrderInSetsAndMaps() {
        assertEquals(keys.hash(new Body("A", ordered("LECTURE", "SIMULATION"), ordered(Map.of("x", 1), Map.of("y", 2)),
                        List.of("one", "two"))),
                keys.hash(new Body("A", ordered("SIMULATION", "LECTURE"), ordered(Map.of("y", 2), Map.of("x", 1)),
                        List.of("one", "two"))));
    }

    @Test
    void listsKeepTheirOrderAndValuesWithoutGettersCountToo() {
        assertNotEquals(keys.hash(new Body("A", Set.of(), Map.of(), List.of("one", "two"))),
                keys.hash(new Body("A", Set.of(), Map.of(), List.of("two", "one"))));
        assertNotEquals(keys.hash(List.of(new Day(LocalDate.of(2027, 2, 8), 8))),
                keys.hash(List.of(new Day(LocalDate.of(2027, 2, 8), 6))));
    }

    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }

    @SafeVarargs
    private static Map<String, Integer> ordered(Map<String, Integer>... entries) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Map<String, Integer> entry : entries) {
            map.putAll(entry);
        }
        return map;
    }
}
