package id.kompeten.contracts.catalog;

/** A course was archived: no new sessions; existing ones run to their end. Key: the course id. */
public record CourseArchived(CourseSnapshot course) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return course.id();
    }
}
