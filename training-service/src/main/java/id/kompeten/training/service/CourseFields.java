package id.kompeten.training.service;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.training.domain.CourseDefinition;
import java.util.List;
import java.util.Set;

/**
 * The editable fields of a course as a body of the API gives them (the bodies implement this): in the client's order
 * and possibly invalid, so that every error can name the field as sent ({@code competencies[2].code}).
 */
public interface CourseFields {

    String title();

    String description();

    List<String> objectives();

    List<? extends Competency> competencies();

    Set<LearningMethod> methods();

    DeliveryMode deliveryMode();

    Integer jp();

    String providerId();

    PassRules passRules();

    Audience targetAudience();

    /** A competency the course develops and the level (1-5) a participant who passes reaches. */
    interface Competency {

        String code();

        Integer level();
    }

    /** Completion rule; absent values take the defaults. */
    interface PassRules {

        Integer minAttendancePercent();

        Integer minPostTestScore();
    }

    /** Who the course is for. */
    interface Audience {

        List<String> positionCodes();

        String description();
    }

    /**
     * The fields as a definition of the course with this code: texts stripped, blank optional texts absent, absent
     * lists empty, absent pass rules the defaults. Only for fields that passed validation.
     */
    default CourseDefinition toDefinition(String code) {
        PassRules rules = passRules();
        Integer minAttendance = rules == null ? null : rules.minAttendancePercent();
        Integer minPostTest = rules == null ? null : rules.minPostTestScore();
        Audience audience = targetAudience();
        List<String> positions = audience == null ? null : audience.positionCodes();
        return new CourseDefinition(code, title().strip(), blankToNull(description()),
                objectives() == null ? List.of() : objectives().stream().map(String::strip).toList(),
                competencies() == null
                        ? List.of()
                        : competencies().stream()
                                .map(target -> new CourseDefinition.CompetencyTarget(target.code(), target.level()))
                                .toList(),
                methods(), deliveryMode(), jp(), providerId().strip(),
                minAttendance == null ? CourseDefinition.DEFAULT_MIN_ATTENDANCE_PERCENT : minAttendance,
                minPostTest == null ? CourseDefinition.DEFAULT_MIN_POST_TEST_SCORE : minPostTest,
                positions == null ? Set.of() : Set.copyOf(positions),
                blankToNull(audience == null ? null : audience.description()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
