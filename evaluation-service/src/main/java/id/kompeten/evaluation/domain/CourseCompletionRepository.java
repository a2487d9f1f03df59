package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CourseCompletionRepository implements PanacheRepositoryBase<CourseCompletion, String> {

    /** A person's completions, newest first. */
    public List<CourseCompletion> ofEmployee(String nip) {
        return list("nip = ?1 order by completedAt desc, enrollmentId", nip);
    }

    /** A person's latest completion, if any: what evaluation knows of someone enrollment never announced. */
    public Optional<CourseCompletion> latestOfEmployee(String nip) {
        return find("nip = ?1 order by completedAt desc, enrollmentId", nip).firstResultOptional();
    }

    /** A course's completions, oldest first. */
    public List<CourseCompletion> ofCourse(String courseId) {
        return list("courseId = ?1 order by completedAt, enrollmentId", courseId);
    }

    /** A session's completions, oldest first. */
    public List<CourseCompletion> ofSession(String sessionId) {
        return list("sessionId = ?1 order by completedAt, enrollmentId", sessionId);
    }
}
