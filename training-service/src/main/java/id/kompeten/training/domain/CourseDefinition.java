package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Everything a catalogue manager decides about a course, as one value: what creating a draft and changing a course
 * both take. Already shape-validated by the API layer; rules that need other aggregates live in the course service.
 */
public record CourseDefinition(
        String code,
        String title,
        String description,
        List<String> objectives,
        List<CompetencyTarget> competencies,
        Set<LearningMethod> methods,
        DeliveryMode deliveryMode,
        int jp,
        String providerId,
        int minAttendancePercent,
        int minPostTestScore,
        Set<String> targetPositionCodes,
        String targetDescription) {

    /** Default pass rules of DOMAIN.md: attendance at least 80% of session days, post-test at least 70. */
    public static final int DEFAULT_MIN_ATTENDANCE_PERCENT = 80;
    public static final int DEFAULT_MIN_POST_TEST_SCORE = 70;

    public CourseDefinition {
        objectives = List.copyOf(objectives);
        // Sorted, so two definitions naming the same competencies compare equal whatever order they came in.
        competencies = competencies.stream().sorted(Comparator.comparing(CompetencyTarget::competencyCode)).toList();
        methods = Set.copyOf(methods);
        targetPositionCodes = Set.copyOf(targetPositionCodes);
    }

    /** Objectives are stored one per line, so an objective must not contain a line break. */
    public static boolean isOneLine(String objective) {
        return objective.indexOf('\n') < 0 && objective.indexOf('\r') < 0;
    }

    /** A competency the course develops and the level (1-5) a participant who passes reaches. */
    public record CompetencyTarget(String competencyCode, int level) {
    }
}
