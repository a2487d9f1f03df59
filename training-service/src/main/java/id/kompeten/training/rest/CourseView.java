package id.kompeten.training.rest;

import id.kompeten.platform.api.Versioned;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.training.domain.CourseDefinition;
import id.kompeten.training.service.CourseDetails;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course as the API shows it: the definition, its provider's type and name, and its lifecycle. */
@Schema(name = "Course")
public record CourseView(
        @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String id,
        @Schema(example = "KOMPUB-2027") String code,
        String title,
        @Schema(nullable = true) String description,
        List<String> objectives,
        @Schema(description = "Ordered by code") List<CourseCompetencyDto> competencies,
        List<LearningMethod> methods,
        DeliveryMode deliveryMode,
        int jp,
        String providerId,
        ProviderType providerType,
        @Schema(example = "Universitas Sumatera Utara") String providerName,
        CoursePassRulesDto passRules,
        CourseTargetAudienceDto targetAudience,
        @Schema(description = "DRAFT until published; PUBLISHED courses get sessions; ARCHIVED ones are frozen")
        CourseStatus status,
        @Schema(description = "When it was published; null while a DRAFT", nullable = true) Instant publishedAt,
        @Schema(description = "When it was archived; null unless ARCHIVED", nullable = true) Instant archivedAt,
        @Schema(description = "Entity version; also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public static CourseView of(CourseDetails course) {
        CourseDefinition definition = course.definition();
        EnumSet<LearningMethod> methods = EnumSet.noneOf(LearningMethod.class);
        methods.addAll(definition.methods());
        return new CourseView(course.id(), course.code(), definition.title(), definition.description(),
                definition.objectives(),
                definition.competencies().stream().map(CourseCompetencyDto::of).toList(),
                List.copyOf(methods), definition.deliveryMode(), definition.jp(), definition.providerId(),
                course.providerType(), course.providerName(),
                new CoursePassRulesDto(definition.minAttendancePercent(), definition.minPostTestScore()),
                new CourseTargetAudienceDto(definition.targetPositionCodes().stream().sorted().toList(),
                        definition.targetDescription()),
                course.status(), course.publishedAt(), course.archivedAt(), course.version(), course.createdAt(),
                course.updatedAt());
    }
}
