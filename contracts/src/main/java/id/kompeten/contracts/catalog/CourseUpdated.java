package id.kompeten.contracts.catalog;

/** A published or archived course changed. Key: the course id. */
public record CourseUpdated(CourseSnapshot course) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return course.id();
    }
}
