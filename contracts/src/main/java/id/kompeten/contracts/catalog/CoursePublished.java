package id.kompeten.contracts.catalog;

/** A course was published: it can now be scheduled and enrolled in. Key: the course id. */
public record CoursePublished(CourseSnapshot course) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return course.id();
    }
}
