package id.kompeten.evaluation.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's profile against a position's standard, and the courses that would close the gaps. Plain Java.
 * <ul>
 * <li>Per required competency: gap = max(0, required − current), where a competency without a profile line counts as
 * level 0; met when the gap is 0.</li>
 * <li>A course closes a gap when a passing participant reaches at least the required level of that competency.
 * Suggested: every candidate course that closes at least one gap, best coverage first: most gaps closed, then fewest
 * JP, then title, then id (so the order never depends on the database's).</li>
 * <li>Per gap, the closing courses in that same order.</li>
 * </ul>
 */
public final class GapAnalysis {

    /** Most gaps closed first, then the shortest course, then by title and id. */
    public static final Comparator<Suggestion> BEST_COVERAGE_FIRST = Comparator
            .comparingInt((Suggestion suggestion) -> -suggestion.closes().size())
            .thenComparingInt(suggestion -> suggestion.course().jp())
            .thenComparing(suggestion -> suggestion.course().title())
            .thenComparing(suggestion -> suggestion.course().id());

    private GapAnalysis() {
    }

    /** A course that may close gaps: its JP and the level a passing participant reaches per competency. */
    public record Course(String id, String code, String title, int jp, Map<String, Integer> levels) {

        public Course {
            levels = Map.copyOf(levels);
        }
    }

    /** One required competency of the standard as the person stands. */
    public record Line(String competencyCode, int requiredLevel, int currentLevel, List<String> closingCourseIds) {

        public int gap() {
            return Math.max(0, requiredLevel - currentLevel);
        }

        public boolean met() {
            return gap() == 0;
        }
    }

    /** A course and the competencies whose gaps it closes (by code), with the level it reaches in each. */
    public record Suggestion(Course course, Map<String, Integer> closes) {
    }

    /** The lines in the standard's order and the suggestions, best coverage first. */
    public record Result(List<Line> lines, List<Suggestion> suggestions) {

        public int totalGap() {
            return lines.stream().mapToInt(Line::gap).sum();
        }

        public long gaps() {
            return lines.stream().filter(line -> !line.met()).count();
        }
    }

    /**
     * @param requirements the standard
     * @param current      the person's levels by competency code (absent: level 0)
     * @param candidates   courses to consider (only those closing a gap are suggested; others are ignored)
     */
    public static Result analyse(List<StandardRequirement> requirements, Map<String, Integer> current,
            Collection<Course> candidates) {
        Map<String, Integer> open = new LinkedHashMap<>();
        for (StandardRequirement requirement : requirements) {
            if (current.getOrDefault(requirement.competencyCode(), 0) < requirement.minLevel()) {
                open.put(requirement.competencyCode(), requirement.minLevel());
            }
        }
        Map<String, Suggestion> byCourse = new LinkedHashMap<>();
        for (Course course : candidates) {
            Map<String, Integer> closes = new LinkedHashMap<>();
            open.forEach((code, required) -> {
                Integer reached = course.levels().get(code);
                if (reached != null && reached >= required) {
                    closes.put(code, reached);
                }
            });
            if (!closes.isEmpty()) {
                byCourse.putIfAbsent(course.id(), new Suggestion(course, closes));
            }
        }
        List<Suggestion> suggestions = new ArrayList<>(byCourse.values());
        suggestions.sort(BEST_COVERAGE_FIRST);

        List<Line> lines = requirements.stream().map(requirement -> new Line(requirement.competencyCode(),
                requirement.minLevel(), current.getOrDefault(requirement.competencyCode(), 0),
                suggestions.stream().filter(suggestion -> suggestion.closes().containsKey(requirement.competencyCode()))
                        .map(suggestion -> suggestion.course().id()).toList()))
                .toList();
        return new Result(lines, List.copyOf(suggestions));
    }
}
