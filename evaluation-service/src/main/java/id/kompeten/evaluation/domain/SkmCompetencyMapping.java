package id.kompeten.evaluation.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which competencies develop each SKM element: a low element calls for training in them. Plain Java. The defaults
 * follow the domain notes: low staff behaviour (U7) or complaints handling (U8) calls for public communication and
 * excellent service; low completion time (U3) for the population-registry IT system (SIAK), time management and the
 * service procedures (taught in excellent service). The other elements are left unmapped by default: requirements
 * (U1), procedures (U2), cost (U4), product specification (U5) and facilities (U9) are mostly decided above the
 * counter (regulations, tariffs, budgets), not by the skills of its staff, and staff competence (U6) names no skill of
 * its own; an agency that sees it otherwise maps them itself.
 */
public record SkmCompetencyMapping(Map<SkmElement, List<String>> competencies) {

    /** Competencies one element may list. */
    public static final int MAX_PER_ELEMENT = 10;

    /** The default map, for an agency without its own. */
    public static final SkmCompetencyMapping DEFAULTS = new SkmCompetencyMapping(Map.of(
            SkmElement.U3, List.of("SIAK", "MANAJEMEN-WAKTU", "PELAYANAN-PRIMA"),
            SkmElement.U7, List.of("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA"),
            SkmElement.U8, List.of("PELAYANAN-PRIMA", "KOMUNIKASI-PUBLIK")));

    public SkmCompetencyMapping {
        Map<SkmElement, List<String>> copy = new EnumMap<>(SkmElement.class);
        for (SkmElement element : SkmElement.values()) {
            copy.put(element, List.copyOf(competencies.getOrDefault(element, List.of())));
        }
        competencies = Collections.unmodifiableMap(copy);
    }

    /** The map of these lines, in their order. */
    public static SkmCompetencyMapping of(List<SkmCompetencyLine> lines) {
        Map<SkmElement, List<String>> map = new EnumMap<>(SkmElement.class);
        for (SkmCompetencyLine line : lines) {
            map.computeIfAbsent(line.element(), element -> new ArrayList<>()).add(line.competencyCode());
        }
        return new SkmCompetencyMapping(map);
    }

    /** The competencies developing {@code element}, in the map's order; empty when it is unmapped. */
    public List<String> of(SkmElement element) {
        return competencies.get(element);
    }

    /** The map as lines: elements in the regulation's order, each element's competencies in the map's order. */
    public List<SkmCompetencyLine> lines() {
        List<SkmCompetencyLine> lines = new ArrayList<>();
        for (SkmElement element : SkmElement.values()) {
            competencies.get(element).forEach(code -> lines.add(new SkmCompetencyLine(element, code)));
        }
        return lines;
    }
}
