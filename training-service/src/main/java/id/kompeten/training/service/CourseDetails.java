package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseDefinition;
import id.kompeten.training.domain.Provider;
import java.time.Instant;

/** A course as read, with its provider's type and name: plain values, complete before the transaction ends. */
public record CourseDetails(String id, String code, CourseDefinition definition, ProviderType providerType,
        String providerName, CourseStatus status, Instant publishedAt, Instant archivedAt, long version,
        Instant createdAt, Instant updatedAt) {

    static CourseDetails of(Course course, Provider provider) {
        return new CourseDetails(course.id(), course.code(), course.definition(), provider.type(), provider.name(),
                course.status(), course.publishedAt(), course.archivedAt(), course.version(), course.createdAt(),
                course.updatedAt());
    }
}
