package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.training.domain.CourseDefinition;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editable fields of a course, as the bodies of POST (with the code, {@link CourseRequest}) and PUT (without,
 * {@link CourseUpdateRequest}) carry them.
 */
public interface CourseFields {

    String title();

    String description();

    List<String> objectives();

    List<CourseCompetencyDto> competencies();

    Set<LearningMethod> methods();

    DeliveryMode deliveryMode();

    Integer jp();

    String providerId();

    CoursePassRulesDto passRules();

    CourseTargetAudienceDto targetAudience();

    /**
     * The fields as a definition of the course with this code: texts stripped, blank optional texts absent, absent
     * lists empty, absent pass rules the defaults. Only for a body that passed validation.
     */
    default CourseDefinition toDefinition(String code) {
        CoursePassRulesDto rules = passRules() == null ? new CoursePassRulesDto(null, null) : passRules();
        CourseTargetAudienceDto audience = targetAudience() == null
                ? new CourseTargetAudienceDto(null, null)
                : targetAudience();
        return new CourseDefinition(code, title().strip(), blankToNull(description()),
                objectives() == null ? List.of() : objectives().stream().map(String::strip).toList(),
                competencies() == null ? List.of() : competencies().stream().map(CourseCompetencyDto::toTarget).toList(),
                methods(), deliveryMode(), jp(), providerId().strip(),
                rules.minAttendancePercent() == null
                        ? CourseDefinition.DEFAULT_MIN_ATTENDANCE_PERCENT
                        : rules.minAttendancePercent(),
                rules.minPostTestScore() == null
                        ? CourseDefinition.DEFAULT_MIN_POST_TEST_SCORE
                        : rules.minPostTestScore(),
                audience.positionCodes() == null ? Set.of() : audience.positionCodes().stream().collect(Collectors.toSet()),
                blankToNull(audience.description()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
