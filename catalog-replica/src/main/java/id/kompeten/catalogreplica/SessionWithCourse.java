package id.kompeten.catalogreplica;

/** A session and its course, both from the replica, both loaded completely (days, competencies). */
public record SessionWithCourse(SessionReplica session, CourseReplica course) {
}
