package id.kompeten.contracts.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A course as it stands after a change: everything enrollment and evaluation need (JP, pass rules, the competencies
 * and levels a passing participant reaches) without calling back.
 */
public record CourseSnapshot(
        String id,
        String code,
        String title,
        String description,
        List<String> objectives,
        List<CourseCompetency> competencies,
        List<LearningMethod> methods,
        DeliveryMode deliveryMode,
        int jp,
        String providerId,
        ProviderType providerType,
        PassRules passRules,
        TargetAudience targetAudience,
        CourseStatus status,
        long version,
        Instant updatedAt) {

    /** A competency the course develops, and the level (1-5) a participant who passes reaches. */
    public record CourseCompetency(String code, int level) {
    }

    /** Completion rule: attendance at least this share of session days and post-test at least this score (0-100). */
    public record PassRules(int minAttendancePercent, int minPostTestScore) {
    }

    /** Who the course is for: position codes (jabatan) and a free-text description. */
    public record TargetAudience(List<String> positionCodes, String description) {
    }
}
